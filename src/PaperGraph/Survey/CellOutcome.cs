namespace PaperGraph.Survey;

/// <summary>One claim in a comparison-matrix cell, read from the row's point of view.</summary>
/// <param name="Symbol">"&gt;" row beats column, "&lt;" column beats row, "≈" on par, "vs" compared without a winner.</param>
/// <param name="PaperId">The paper stating it.</param>
public sealed record CellOutcome(string Symbol, string PaperId);
