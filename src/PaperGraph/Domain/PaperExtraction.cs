namespace PaperGraph.Domain;

/// <summary>Everything extracted from one paper: its entities, what it proposes and its comparison claims.</summary>
/// <param name="Paper">The paper.</param>
/// <param name="Entities">Distinct entities, one per real-world entity.</param>
/// <param name="Proposes">Names (as in <paramref name="Entities"/>) the paper introduces.</param>
/// <param name="Comparisons">Comparison claims.</param>
/// <param name="Failure">
/// Set when a stage failed on this paper: what failed and why. The extraction keeps what the stages before it found (the
/// paper itself always), so one bad abstract costs its own claims, not the run.
/// </param>
public sealed record PaperExtraction(
    Paper Paper,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<string> Proposes,
    IReadOnlyList<Comparison> Comparisons,
    string? Failure = null);
