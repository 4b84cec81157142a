using System.Runtime.CompilerServices;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Support;

/// <summary>An in-memory IGraphStore that records the batches written; queries are not supported.</summary>
internal sealed class RecordingGraphStore : IGraphStore
{
    private readonly Dictionary<string, PaperExtraction> _papers = new(StringComparer.Ordinal);

    public List<int> BatchSizes { get; } = [];

    public IReadOnlyDictionary<string, PaperExtraction> Papers => _papers;

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoreWriteResult> WriteAsync(IReadOnlyList<PaperExtraction> batch, CancellationToken cancellationToken)
    {
        BatchSizes.Add(batch.Count);
        var fresh = 0;
        foreach (var x in batch)
        {
            fresh += _papers.TryAdd(x.Paper.Id, x) ? 1 : 0;
            _papers[x.Paper.Id] = x;
        }

        return Task.FromResult(new StoreWriteResult(batch.Count, fresh));
    }

    public async IAsyncEnumerable<PaperExtraction> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var x in _papers.Values)
        {
            await Task.Yield();
            yield return x;
        }
    }

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<EntityLookup> FindEntityAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimSummary>> BeatsAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimSummary>> BeatenByAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimChain>> TransitiveBeatsAsync(string entityKey, int depth, ClaimQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimRecord>> CompareAsync(string entityKeyA, string entityKeyB, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<EntityCard?> GetEntityCardAsync(string entityKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<PaperSummary>> PapersMentioningAsync(IReadOnlyList<string> entityKeys, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
