namespace PaperGraph.Graph;

/// <summary>An entity with a count (papers, claims, wins) for rankings.</summary>
public sealed record RankedEntity(EntityRef Entity, long Count);
