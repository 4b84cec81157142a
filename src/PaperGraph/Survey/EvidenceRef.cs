namespace PaperGraph.Survey;

/// <summary>One comparison claim cited as evidence: the paper and the sentence that states it.</summary>
/// <param name="PaperId">The paper stating the claim.</param>
/// <param name="Evidence">The sentence.</param>
/// <param name="Metric">The metric it names, if any.</param>
/// <param name="Dataset">The dataset it names, if any.</param>
/// <param name="Hedged">True when the claim is hedged.</param>
public sealed record EvidenceRef(string PaperId, string Evidence, string? Metric, string? Dataset, bool Hedged);
