using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>A record that could not be read: where it is and what was wrong.</summary>
/// <param name="Location">File and line or record number.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record ReadProblem(SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
