using PaperGraph.Domain;

namespace PaperGraph.Survey;

/// <summary>
/// The fallback text match when the store has no full-text index: the query's words, in order and adjacent,
/// among the words of the title and abstract (case, hyphens and punctuation ignored), as an FTS phrase would.
/// </summary>
public sealed class InMemoryPhraseMatcher
{
    private readonly string _needle;

    /// <summary>Creates a matcher for <paramref name="text"/>.</summary>
    public InMemoryPhraseMatcher(string text)
    {
        var words = PaperIdentity.NormalizeText(text);
        _needle = words.Length == 0 ? "" : " " + words + " ";
    }

    /// <summary>True when the paper's title or abstract holds the phrase.</summary>
    public bool IsMatch(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (_needle.Length == 0)
        {
            return false;
        }

        var hay = " " + PaperIdentity.NormalizeText(paper.Title ?? "") + " " + PaperIdentity.NormalizeText(paper.Abstract) + " ";
        return hay.Contains(_needle, StringComparison.Ordinal);
    }
}
