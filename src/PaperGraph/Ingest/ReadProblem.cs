using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>A record or file that could not be read as it should: where it is and what was wrong.</summary>
/// <param name="Location">File and line or record number (line 0 and record 0 for a whole file).</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Kind">Whether a record, a file or nothing was skipped.</param>
public sealed record ReadProblem(SourceLocation Location, string Message, ReadProblemKind Kind = ReadProblemKind.SkippedRecord)
{
    /// <summary>True when something was skipped (a record or a file).</summary>
    public bool IsSkip => Kind is ReadProblemKind.SkippedRecord or ReadProblemKind.SkippedFile;

    /// <inheritdoc />
    public override string ToString() =>
        Location.Line == 0 && Location.Record == 0 ? $"{Location.File}: {Message}" : $"{Location}: {Message}";
}
