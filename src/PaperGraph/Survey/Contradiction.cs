using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Section 6: a pair with claims in both directions.</summary>
/// <param name="A">One entity.</param>
/// <param name="B">The other.</param>
/// <param name="AOverB">Claims that A outperforms B.</param>
/// <param name="BOverA">Claims that B outperforms A.</param>
public sealed record Contradiction(EntityRef A, EntityRef B, IReadOnlyList<EvidenceRef> AOverB, IReadOnlyList<EvidenceRef> BOverA);
