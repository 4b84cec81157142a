using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// A full-text search over titles and abstracts (the store's index: SQLite FTS5, Neo4j full-text), given
/// the user's free text as a phrase. Stores without one use <see cref="InMemoryPhraseMatcher"/> instead.
/// </summary>
/// <param name="text">The user's text, unescaped; the implementation quotes it for its own query syntax.</param>
/// <param name="limit">The most papers to return.</param>
/// <param name="cancellationToken">Cancels the search.</param>
public delegate Task<IReadOnlyList<PaperSummary>> PaperTextSearch(string text, int limit, CancellationToken cancellationToken);
