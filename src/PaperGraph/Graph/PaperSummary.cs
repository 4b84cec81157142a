namespace PaperGraph.Graph;

/// <summary>A paper as listed in answers.</summary>
public sealed record PaperSummary(string Id, string? Title, int? Year, string? Url);
