using PaperGraph.Domain;

namespace PaperGraph.Evaluation;

/// <summary>One hand-annotated paper of a gold file (see the annotation guideline).</summary>
public sealed record GoldPaper(
    string Id,
    string? Title,
    string Abstract,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<string> Proposes,
    IReadOnlyList<GoldComparison> Comparisons);

/// <summary>An annotated entity: type, name and the other surface forms in the abstract.</summary>
public sealed record GoldEntity(EntityType Type, string Name, IReadOnlyList<string> Aliases);

/// <summary>An annotated comparison.</summary>
public sealed record GoldComparison(string Subject, string Object, ComparisonOutcome Outcome, string? Evidence);
