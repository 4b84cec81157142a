namespace PaperGraph.Extraction.Comparisons;

/// <summary>One token of a sentence; an entity mention is a single token whatever its length.</summary>
/// <param name="Start">Offset in the recognised text.</param>
/// <param name="End">Offset just past the token.</param>
/// <param name="Kind">Word, punctuation or entity.</param>
/// <param name="Mention">Index into the mentions for <see cref="TokenKind.Entity"/>, else -1.</param>
/// <param name="Class">Word classes of a word token (none for entities and punctuation).</param>
/// <param name="Cue">The cue a word token may start.</param>
internal readonly record struct SentenceToken(int Start, int End, TokenKind Kind, int Mention, WordClass Class, Cue Cue = Cue.None)
{
    public int Length => End - Start;
}
