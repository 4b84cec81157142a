using PaperGraph.Domain;

namespace PaperGraph.Survey;

/// <summary>A comparison claim resolved to entity keys, with the paper that states it.</summary>
internal sealed record ClaimFact(string SubjectKey, string ObjectKey, ComparisonOutcome Outcome, string PaperId, Comparison Source)
{
    public EvidenceRef ToEvidence() => new(PaperId, Source.Evidence, Source.Metric, Source.Dataset, Source.Hedged);
}
