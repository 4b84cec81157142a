namespace PaperGraph.Domain;

/// <summary>Where a record came from: a file and the line (text formats) or record number (structured formats).</summary>
/// <param name="File">The path as the user gave it (or as found under a folder they gave).</param>
/// <param name="Line">1-based line of the record's start, or 0 when not known.</param>
/// <param name="Record">1-based record number within the file.</param>
public readonly record struct SourceLocation(string File, int Line, int Record)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : $"{File}#{Record}";
}
