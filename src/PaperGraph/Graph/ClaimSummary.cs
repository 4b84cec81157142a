namespace PaperGraph.Graph;

/// <summary>All claims between one entity and the queried one, summarised.</summary>
/// <param name="Entity">The entity on the other side (the winner for beats, the loser for beaten-by).</param>
/// <param name="Papers">How many distinct papers state it.</param>
/// <param name="BestMargin">The largest stated margin, as written.</param>
/// <param name="Claims">The claims, with evidence.</param>
public sealed record ClaimSummary(EntityRef Entity, int Papers, string? BestMargin, IReadOnlyList<ClaimRecord> Claims);
