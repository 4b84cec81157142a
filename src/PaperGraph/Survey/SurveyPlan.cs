namespace PaperGraph.Survey;

/// <summary>A survey plan: every section computed from the graph of the papers in scope.</summary>
/// <param name="Scope">Section 1.</param>
/// <param name="Taxonomy">Section 2.</param>
/// <param name="Baselines">Section 3.</param>
/// <param name="Leaders">Section 4.</param>
/// <param name="Matrix">Section 5.</param>
/// <param name="Contradictions">Section 6.</param>
/// <param name="Gaps">Section 7.</param>
/// <param name="Datasets">Section 8.</param>
/// <param name="ReadingList">Section 9.</param>
public sealed record SurveyPlan(
    ScopeSummary Scope,
    IReadOnlyList<TaxonomyGroup> Taxonomy,
    IReadOnlyList<BaselineRow> Baselines,
    IReadOnlyList<LeaderRow> Leaders,
    ComparisonMatrix Matrix,
    IReadOnlyList<Contradiction> Contradictions,
    SurveyGaps Gaps,
    DatasetTable Datasets,
    IReadOnlyList<ReadingItem> ReadingList);
