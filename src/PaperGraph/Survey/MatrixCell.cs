namespace PaperGraph.Survey;

/// <summary>A non-empty cell of the comparison matrix.</summary>
/// <param name="RowKey">Row entity key.</param>
/// <param name="ColumnKey">Column entity key.</param>
/// <param name="Outcomes">The claims between the two, from the row's point of view.</param>
public sealed record MatrixCell(string RowKey, string ColumnKey, IReadOnlyList<CellOutcome> Outcomes);
