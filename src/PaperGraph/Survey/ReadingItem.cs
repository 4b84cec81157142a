namespace PaperGraph.Survey;

/// <summary>Section 9: a paper to read, in order of centrality.</summary>
/// <param name="Rank">1-based position.</param>
/// <param name="Paper">The paper.</param>
/// <param name="Score">Its PageRank in the citation-like graph that claims and proposals imply.</param>
/// <param name="Why">Why it is on the list, from its facts.</param>
public sealed record ReadingItem(int Rank, PaperRef Paper, double Score, string Why);
