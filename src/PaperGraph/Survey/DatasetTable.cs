using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Section 8: which methods are evaluated where, and with which metrics.</summary>
/// <param name="Datasets">Columns, most used first.</param>
/// <param name="Rows">One row per method.</param>
/// <param name="Metrics">Metrics per dataset.</param>
public sealed record DatasetTable(IReadOnlyList<EntityRef> Datasets, IReadOnlyList<DatasetRow> Rows, IReadOnlyList<DatasetMetrics> Metrics);
