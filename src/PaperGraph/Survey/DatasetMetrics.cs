using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>The metrics reported with a dataset in scope.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Papers">Papers in scope mentioning it.</param>
/// <param name="Metrics">Metric names mentioned with it, most frequent first.</param>
public sealed record DatasetMetrics(EntityRef Dataset, int Papers, IReadOnlyList<string> Metrics);
