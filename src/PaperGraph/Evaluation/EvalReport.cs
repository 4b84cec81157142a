namespace PaperGraph.Evaluation;

/// <summary>Scores of an evaluation run, plus the misses and false positives for error analysis.</summary>
/// <param name="Papers">How many gold papers were scored.</param>
/// <param name="Scores">One score per category, in display order.</param>
/// <param name="Errors">Per item: paper id, category, "FP" or "FN", and the item.</param>
public sealed record EvalReport(int Papers, IReadOnlyList<Score> Scores, IReadOnlyList<EvalError> Errors)
{
    /// <summary>The score of a category by name.</summary>
    public Score this[string category] => Scores.First(s => s.Category == category);
}

/// <summary>One false positive or false negative.</summary>
public sealed record EvalError(string PaperId, string Category, string Kind, string Item);
