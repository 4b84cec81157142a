using PaperGraph.Domain;

namespace PaperGraph.Graph;

/// <summary>Counts in a store and its most compared-against and most winning entities.</summary>
public sealed record StoreStats(
    long Papers,
    IReadOnlyDictionary<EntityType, long> EntitiesByType,
    long Mentions,
    long Proposals,
    long Comparisons,
    IReadOnlyList<RankedEntity> MostComparedAgainst,
    IReadOnlyList<RankedEntity> MostWinning);
