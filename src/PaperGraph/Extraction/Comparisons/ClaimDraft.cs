using PaperGraph.Domain;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>A claim found in one sentence, before names, qualifiers and de-duplication.</summary>
/// <param name="SubjectKey">Entity key of the subject (the winner for outperforms).</param>
/// <param name="ObjectKey">Entity key of the object.</param>
/// <param name="Outcome">What the claim says.</param>
/// <param name="Cue">Token index of the cue word.</param>
/// <param name="From">First token of the claim (subject side).</param>
/// <param name="To">Token just past the claim (object side).</param>
/// <param name="Hedged">True when hedged.</param>
/// <param name="Excluded">Token indices of the subject and object mentions (not qualifiers).</param>
internal sealed record ClaimDraft(string SubjectKey, string ObjectKey, ComparisonOutcome Outcome, int Cue, int From, int To, bool Hedged, IReadOnlyList<int> Excluded);
