namespace PaperGraph.Domain;

/// <summary>A comparison claim stated in an abstract, with its evidence.</summary>
/// <param name="Subject">Subject entity name (the winner for <see cref="ComparisonOutcome.Outperforms"/>).</param>
/// <param name="SubjectKey">Subject entity key.</param>
/// <param name="Object">Object entity name.</param>
/// <param name="ObjectKey">Object entity key.</param>
/// <param name="Outcome">What the claim says.</param>
/// <param name="Evidence">The sentence that states it.</param>
/// <param name="SpanStart">Character offset of the evidence in the abstract.</param>
/// <param name="SpanLength">Length of the evidence span.</param>
/// <param name="Metric">The metric the sentence names, if any.</param>
/// <param name="Dataset">The dataset or benchmark the sentence names, if any.</param>
/// <param name="OnModel">The model the comparison was run on, if stated.</param>
/// <param name="Margin">The margin with its unit ("11.77 percentage points", "2.5×"), if stated.</param>
/// <param name="Hedged">True when the claim is hedged ("can outperform in some settings").</param>
public sealed record Comparison(
    string Subject,
    string SubjectKey,
    string Object,
    string ObjectKey,
    ComparisonOutcome Outcome,
    string Evidence,
    int SpanStart,
    int SpanLength,
    string? Metric = null,
    string? Dataset = null,
    string? OnModel = null,
    Quantity? Margin = null,
    bool Hedged = false);
