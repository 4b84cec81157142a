namespace PaperGraph.Extraction.Comparisons;

/// <summary>One token of a sentence; an entity mention is a single token whatever its length.</summary>
/// <param name="Start">Offset in the recognised text.</param>
/// <param name="End">Offset just past the token.</param>
/// <param name="Kind">Word, punctuation or entity.</param>
/// <param name="Mention">Index into the mentions for <see cref="TokenKind.Entity"/>, else -1.</param>
/// <param name="Class">Word classes of a word token (none for entities and punctuation other than separators).</param>
internal readonly record struct SentenceToken(int Start, int End, TokenKind Kind, int Mention, WordClass Class)
{
    public int Length => End - Start;
}
