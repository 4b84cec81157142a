namespace PaperGraph.Extraction.Entities;

/// <summary>A run of letters and digits in the text (with '+', '#', '@' inside names such as pass@k).</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
internal readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;
}
