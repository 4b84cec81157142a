using PaperGraph.Domain;

namespace PaperGraph.Graph;

/// <summary>Everything the store knows about one entity.</summary>
public sealed record EntityCard(
    EntityRef Entity,
    IReadOnlyList<string> Aliases,
    string Origin,
    ModelInfo? Model,
    IReadOnlyList<EntityRef> Variants,
    IReadOnlyList<PaperSummary> ProposedBy,
    IReadOnlyList<PaperSummary> MentionedIn,
    IReadOnlyList<ClaimRecord> Wins,
    IReadOnlyList<ClaimRecord> Losses,
    IReadOnlyList<RankedEntity> Datasets,
    IReadOnlyList<RankedEntity> Metrics)
{
    /// <summary>How many papers mention the entity in all (the lists above are capped).</summary>
    public long PaperCount { get; init; }
}
