using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>One method's row of the datasets table: papers evaluating it on each dataset column.</summary>
/// <param name="Method">The method.</param>
/// <param name="Papers">Per dataset column, the papers in which the method is evaluated there (0 for none).</param>
public sealed record DatasetRow(EntityRef Method, IReadOnlyList<int> Papers);
