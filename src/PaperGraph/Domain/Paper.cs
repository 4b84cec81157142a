namespace PaperGraph.Domain;

/// <summary>One paper as read from an input: its stable identity, metadata and abstract.</summary>
/// <param name="Id">Stable identity (see <see cref="PaperIdentity"/>): arXiv id, DOI, input id, or a title/abstract hash.</param>
/// <param name="Title">Title, when the input has one.</param>
/// <param name="Abstract">The abstract text as read (line breaks and LaTeX kept).</param>
/// <param name="Authors">Author names in input order.</param>
/// <param name="Date">ISO date (yyyy-MM-dd, or yyyy-MM / yyyy) when known.</param>
/// <param name="Categories">Subject categories (arXiv categories, keywords).</param>
/// <param name="Url">Link to the paper.</param>
/// <param name="Doi">DOI, when known.</param>
/// <param name="Source">Where the record was read: file and line or record number.</param>
public sealed record Paper(
    string Id,
    string? Title,
    string Abstract,
    IReadOnlyList<string> Authors,
    string? Date,
    IReadOnlyList<string> Categories,
    string? Url,
    string? Doi,
    SourceLocation Source)
{
    /// <summary>The year, taken from <see cref="Date"/>.</summary>
    public int? Year => Date is { Length: >= 4 } d && int.TryParse(d.AsSpan(0, 4), out var y) ? y : null;
}
