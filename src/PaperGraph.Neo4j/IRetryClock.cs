namespace PaperGraph.Neo4j;

/// <summary>Time for the retry loop, so tests can run a 30-second budget instantly.</summary>
internal interface IRetryClock
{
    DateTimeOffset Now { get; }

    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
