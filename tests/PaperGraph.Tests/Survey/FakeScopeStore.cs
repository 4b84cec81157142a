using System.Runtime.CompilerServices;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Tests.Survey;

/// <summary>An in-memory store answering only what scope selection asks: alias lookup, papers mentioning, read all.</summary>
internal sealed class FakeScopeStore(IReadOnlyList<PaperExtraction> papers) : IGraphStore
{
    public Task<EntityLookup> FindEntityAsync(string name, CancellationToken cancellationToken)
    {
        var norm = EntityKey.Normalize(name);
        var match = papers.SelectMany(p => p.Entities)
            .FirstOrDefault(e => EntityKey.Normalize(e.Name) == norm || e.Aliases.Any(a => EntityKey.Normalize(a) == norm));
        return Task.FromResult(new EntityLookup(match is null ? null : new EntityRef(match.Key, match.Name, match.Type), []));
    }

    public Task<IReadOnlyList<PaperSummary>> PapersMentioningAsync(IReadOnlyList<string> entityKeys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PaperSummary>>(papers
            .Where(p => entityKeys.All(k => p.Entities.Any(e => e.Key == k)))
            .Select(p => new PaperSummary(p.Paper.Id, p.Paper.Title, p.Paper.Year, p.Paper.Url)).ToList());

    public async IAsyncEnumerable<PaperExtraction> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var x in papers)
        {
            await Task.Yield();
            yield return x;
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StoreWriteResult> WriteAsync(IReadOnlyList<PaperExtraction> batch, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimSummary>> BeatsAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimSummary>> BeatenByAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimChain>> TransitiveBeatsAsync(string entityKey, int depth, ClaimQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ClaimRecord>> CompareAsync(string entityKeyA, string entityKeyB, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<EntityCard?> GetEntityCardAsync(string entityKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
