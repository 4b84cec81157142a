namespace PaperGraph.Survey;

/// <summary>A paper as cited in a survey plan.</summary>
/// <param name="Id">Stable paper id.</param>
/// <param name="Title">Title, when known.</param>
/// <param name="Year">Year, when known.</param>
public sealed record PaperRef(string Id, string? Title, int? Year);
