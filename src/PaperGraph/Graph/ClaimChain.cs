namespace PaperGraph.Graph;

/// <summary>A chain A &gt; B &gt; … &gt; X; each hop is a claim with its evidence.</summary>
public sealed record ClaimChain(IReadOnlyList<ClaimRecord> Hops);
