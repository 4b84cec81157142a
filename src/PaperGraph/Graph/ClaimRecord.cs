using PaperGraph.Domain;

namespace PaperGraph.Graph;

/// <summary>One stored comparison claim with the paper that states it.</summary>
public sealed record ClaimRecord(
    EntityRef Subject,
    EntityRef Object,
    ComparisonOutcome Outcome,
    PaperSummary Paper,
    string Evidence,
    int SpanStart,
    int SpanLength,
    string? Metric,
    string? Dataset,
    string? OnModel,
    string? Margin,
    bool Hedged)
{
    /// <summary>The margin's numeric value, for ranking margins (null when no margin is stated).</summary>
    public double? MarginValue { get; init; }
}
