namespace PaperGraph.Neo4j;

/// <summary>The real clock.</summary>
internal sealed class SystemRetryClock : IRetryClock
{
    public static SystemRetryClock Instance { get; } = new();

    public DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
}
