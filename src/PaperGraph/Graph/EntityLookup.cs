namespace PaperGraph.Graph;

/// <summary>The result of looking a name up: the match, or the closest known names.</summary>
public sealed record EntityLookup(EntityRef? Match, IReadOnlyList<EntityRef> Suggestions);
