namespace PaperGraph.Graph;

/// <summary>
/// "Did you mean": ranks known names against a normalised query. A name sharing the query's prefix
/// scores by its length difference; any other by edit distance; names further than a third of the
/// query's length (at least 2 edits) are not suggested.
/// </summary>
public static class NameSuggestions
{
    /// <summary>The keys of the closest candidates, best first, each key once.</summary>
    /// <param name="query">The normalised query (see <see cref="Domain.EntityKey.Normalize"/>).</param>
    /// <param name="candidates">Normalised names with the key of the entity each names.</param>
    /// <param name="max">How many keys at most.</param>
    public static IReadOnlyList<string> Closest(string query, IEnumerable<(string Norm, string Key)> candidates, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Max(2, query.Length / 3);
        return candidates
            .Select(c => (c.Key, Score: Score(query, c.Norm)))
            .Where(c => c.Score <= limit)
            .OrderBy(c => c.Score).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key).Distinct(StringComparer.Ordinal).Take(max).ToList();
    }

    /// <summary>How far a candidate is from the query (lower is closer).</summary>
    public static double Score(string query, string candidate)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        return candidate.StartsWith(query, StringComparison.Ordinal) || query.StartsWith(candidate, StringComparison.Ordinal)
            ? Math.Abs(candidate.Length - query.Length) * 0.5
            : Levenshtein(query, candidate);
    }

    private static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
