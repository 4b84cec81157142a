namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>A retry clock whose delays pass instantly and are recorded.</summary>
internal sealed class ManualClock : IRetryClock
{
    public DateTimeOffset Now { get; private set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = [];

    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Delays.Add(delay);
        Now += delay;
        return Task.CompletedTask;
    }
}
