using System.Text.RegularExpressions;
using PaperGraph.Domain;
using PaperGraph.Extraction.Comparisons;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// A known name with a word before it, set against the same name in one comparison, is a variant of its own:
/// "the adaptive AP … can outperform AP", "oddball SGD trains some 50x faster than regular SGD", "Perturbed BP is
/// … more efficient than standard BP". Without its modifier the variant would be compared with itself.
/// </summary>
internal static partial class ComparedVariants
{
    /// <summary>New candidates spanning a modifier and the mention after it (mentions sorted by start).</summary>
    public static IEnumerable<Candidate> Find(string text, List<Candidate> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Method or EntityType.Model) || ModifierBefore(text, m.Start) is not { } modifier)
            {
                continue;
            }

            for (var j = i + 1; j < mentions.Count; j++)
            {
                var o = mentions[j];
                var between = text.AsSpan(m.End, o.Start - m.End);
                if (between.Contains(". ", StringComparison.Ordinal) || o.Start - m.End > 160)
                {
                    break;
                }

                if (o.Key != m.Key)
                {
                    continue;
                }

                // The later mention stands bare or after a word that only says it is the usual one ("than regular SGD"),
                // right after a comparison ("outperform AP", "faster than MBN").
                // "compressive MBN … the accuracy of MBN but … faster than MBN": the mention the comparison names.
                // The cue nearest it: "relative improvements over 10% … compared to the standard dropout".
                var cues = Cue().Matches(between.ToString());
                var cue = cues.Count > 0 ? cues[^1] : null;
                if (cue is not null && BaseBefore(text, o.Start, m.End + cue.Index + cue.Length))
                {
                    yield return new Candidate(modifier, m.End, m.Type, text[modifier..m.End], "compared-variant", 5);
                    break;
                }
            }
        }
    }

    // The start of a single modifying word right before the name: an adjective or participle ("adaptive", "Perturbed",
    // "oddball"), not an article, a quantifier or a word that only says the name is the usual one.
    private static int? ModifierBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return null;
        }

        var end = start - 1;
        var from = end;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }

        if (end - from < 3 || !char.IsLetter(text[from]) || (from > 0 && !(text[from - 1] is ' ' or '(' or '"')))
        {
            return null;
        }

        // "kernel partial least squares, a nonlinear partial least squares (PLS) algorithm": after "a" the words describe.
        var article = text.AsSpan(0, Math.Max(0, from - 1)).TrimEnd();
        if (article.EndsWith(" a", StringComparison.OrdinalIgnoreCase) || article.EndsWith(" an", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var word = text[from..end];
        return NotModifiers.Contains(word) || BaseWords.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal) || word.All(char.IsUpper) ? null : from;
    }

    private static bool BaseBefore(string text, int start, int cueEnd)
    {
        var before = text.AsSpan(cueEnd, start - cueEnd).Trim();
        foreach (var word in before.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!BaseWords.Contains(word) && !(word is "the" or "a" or "an" or "to" or "with" or "than" or "over" or "of"))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|(?:better|faster|more \w+|higher|lower) than|superior to|compared (?:to|with)|improves? (?:up)?on|improvements? over)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    private static readonly HashSet<string> BaseWords = new(
        [
            .. ComparisonWords.PlainFormAdjectives,
            "naive", "baseline", "default", "common", "canonical", "simple", "existing", "previous", "prior", "old", "earlier", "popular", "well-known",
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "our", "its", "their", "this", "that", "these", "those", "with", "from", "than", "for", "into", "onto", "over", "under", "both",
        "each", "every", "all", "any", "some", "many", "most", "more", "less", "few", "several", "multiple", "various", "other", "same", "such", "only",
        "proposed", "new", "novel", "using", "based", "use", "uses", "used", "via", "when", "where", "which", "while", "whereas", "then", "also", "even",
        "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "will", "would", "does", "did", "not", "but", "yet", "show", "shows",
        "showed", "find", "found", "apply", "applied", "train", "trained", "run", "runs", "between", "against", "versus", "like", "about", "after",
        "before", "during", "within", "without", "including", "namely", "call", "called", "named", "term", "termed", "denoted", "dubbed",
        "compare", "compared", "comparing", "outperform", "outperforms", "outperformed", "improve", "improves", "improved", "extend", "extends",
        "extended", "full", "first", "second", "two", "three", "one", "single", "large", "small", "deep", "shallow", "method", "methods",
        "algorithm", "algorithms", "approach", "technique", "model", "models", "scheme", "framework", "system",
    };
}
