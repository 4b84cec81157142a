using PaperGraph.Domain;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>A comparative construction found in a sentence: where it is, what it says, and which side wins.</summary>
/// <param name="Start">Offset of the cue in the sentence.</param>
/// <param name="End">Offset just past the cue.</param>
/// <param name="Outcome">The outcome it states.</param>
/// <param name="Reversed">True when the entity after the cue is the winner ("is outperformed by", "lags behind").</param>
/// <param name="Participle">True for "…, outperforming Y": the subject is the clause's subject, not the nearest name.</param>
internal readonly record struct ComparisonCue(int Start, int End, ComparisonOutcome Outcome, bool Reversed, bool Participle);
