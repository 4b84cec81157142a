namespace PaperGraph.Extraction.Comparisons;

/// <summary>What a sentence token is: a word, a punctuation mark, or a whole entity mention.</summary>
internal enum TokenKind : byte
{
    Word,
    Punct,
    Entity,
}
