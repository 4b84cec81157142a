using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Section 5: methods × methods, each non-empty cell the claims between them.</summary>
/// <param name="Methods">Rows and columns, most compared first.</param>
/// <param name="Cells">Non-empty cells (both orientations).</param>
/// <param name="MethodsOmitted">Compared entities left out to keep the matrix readable.</param>
public sealed record ComparisonMatrix(IReadOnlyList<EntityRef> Methods, IReadOnlyList<MatrixCell> Cells, int MethodsOmitted);
