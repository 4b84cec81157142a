namespace PaperGraph.Survey;

/// <summary>Section 2: one sub-area (a task co-mentioned with its methods) and the methods under it.</summary>
/// <param name="Area">The task's name, or a plain label for methods no task is named with.</param>
/// <param name="AreaKey">The task's entity key, or null for the catch-all group.</param>
/// <param name="Methods">Methods in this area, most mentioned first.</param>
public sealed record TaxonomyGroup(string Area, string? AreaKey, IReadOnlyList<TaxonomyMethod> Methods);
