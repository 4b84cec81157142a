using System.Runtime.CompilerServices;
using PaperGraph.Domain;

namespace PaperGraph.Graph;

/// <summary>
/// A graph of papers, entities and comparison claims. The embedded SQLite store and the Neo4j store
/// both implement it, and one conformance test suite runs against each.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes a batch of extractions in one transaction. Idempotent: writing the same paper again
    /// replaces its facts and changes no counts.
    /// </summary>
    Task<StoreWriteResult> WriteAsync(IReadOnlyList<PaperExtraction> batch, CancellationToken cancellationToken);

    /// <summary>Counts and rankings for <c>papergraph stats</c>.</summary>
    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>Finds an entity by any alias, case- and hyphen-insensitively; else the closest names.</summary>
    Task<EntityLookup> FindEntityAsync(string name, CancellationToken cancellationToken);

    /// <summary>Entities that outperform <paramref name="entityKey"/>, one row per winner.</summary>
    Task<IReadOnlyList<ClaimSummary>> BeatsAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>Entities that <paramref name="entityKey"/> outperforms, one row per loser.</summary>
    Task<IReadOnlyList<ClaimSummary>> BeatenByAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>Chains A &gt; B &gt; … &gt; X of at most <paramref name="depth"/> hops ending at <paramref name="entityKey"/>.</summary>
    Task<IReadOnlyList<ClaimChain>> TransitiveBeatsAsync(string entityKey, int depth, ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>Every claim between two entities, both directions.</summary>
    Task<IReadOnlyList<ClaimRecord>> CompareAsync(string entityKeyA, string entityKeyB, CancellationToken cancellationToken);

    /// <summary>The entity card for <c>papergraph show</c>, or null when the key is unknown.</summary>
    Task<EntityCard?> GetEntityCardAsync(string entityKey, CancellationToken cancellationToken);

    /// <summary>Papers that mention every one of the entities.</summary>
    Task<IReadOnlyList<PaperSummary>> PapersMentioningAsync(IReadOnlyList<string> entityKeys, CancellationToken cancellationToken);

    /// <summary>Streams every stored paper with its facts (for push, export and reindex).</summary>
    IAsyncEnumerable<PaperExtraction> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Streams the stored papers with these ids (unknown ids are passed over). The default reads
    /// everything and filters; a store with an index on ids should answer directly.
    /// </summary>
    async IAsyncEnumerable<PaperExtraction> ReadAsync(IReadOnlyCollection<string> paperIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        var wanted = new HashSet<string>(paperIds, StringComparer.Ordinal);
        await foreach (var x in ReadAllAsync(cancellationToken))
        {
            if (wanted.Contains(x.Paper.Id))
            {
                yield return x;
            }
        }
    }
}
