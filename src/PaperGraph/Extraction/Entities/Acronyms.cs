using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds acronym definitions in both directions with the Schwartz–Hearst rule: the short form's
/// letters appear in order in the long form, its first letter starting a word, and the long form is
/// no longer than min(|short| + 5, 2·|short|) words.
/// </summary>
internal static partial class Acronyms
{
    public static IEnumerable<AcronymDefinition> Find(string text)
    {
        foreach (Match m in ParenShort().Matches(text))
        {
            var shortForm = m.Groups["short"].Value;
            var before = m.Groups["before"];
            var longForm = LongFormFor(shortForm, before.Value);
            if (longForm is not null)
            {
                yield return new AcronymDefinition(shortForm, m.Groups["short"].Index, longForm, before.Index + before.Length - longForm.Length);
            }
        }

        foreach (Match m in ParenLong().Matches(text))
        {
            var shortForm = m.Groups["short"].Value;
            var inner = m.Groups["long"].Value.Trim();
            if (inner.Contains(shortForm, StringComparison.Ordinal))
            {
                continue;
            }

            var longForm = LongFormFor(shortForm, inner);
            if (longForm is not null && longForm.Length == inner.Length)
            {
                yield return new AcronymDefinition(shortForm, m.Groups["short"].Index, longForm, m.Groups["long"].Index + m.Groups["long"].Value.IndexOf(inner, StringComparison.Ordinal));
            }
        }

        if (text.Contains("stands for", StringComparison.Ordinal))
        {
            foreach (var d in StandsFor(text))
            {
                yield return d;
            }
        }
    }

    /// <summary>"CeTaD, which stands for Considering Pretrained Transformers as Defenders": the long form after the phrase.</summary>
    private static IEnumerable<AcronymDefinition> StandsFor(string text)
    {
        foreach (Match m in StandsForPattern().Matches(text))
        {
            var shortForm = m.Groups["short"].Value;
            var inner = m.Groups["long"].Value.Trim();
            if (LongFormFor(shortForm, inner) is { } longForm && longForm.Length == inner.Length)
            {
                yield return new AcronymDefinition(shortForm, m.Groups["short"].Index, longForm, m.Groups["long"].Index);
            }
        }
    }

    /// <summary>The shortest suffix of <paramref name="candidate"/> that the short form abbreviates, or null.</summary>
    public static string? LongFormFor(string shortForm, string candidate)
    {
        var letters = shortForm.TrimEnd('s').Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length < 2 || !char.IsLetter(letters[0]))
        {
            return null;
        }

        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var maxWords = Math.Min(letters.Length + 5, letters.Length * 2);
        var text = candidate.TrimEnd();
        var s = letters.Length - 1;
        var l = text.Length - 1;
        while (s >= 0)
        {
            var c = letters[s];
            while (l >= 0 && (char.ToLowerInvariant(text[l]) != c || (s == 0 && l > 0 && char.IsLetterOrDigit(text[l - 1]))))
            {
                l--;
            }

            if (l < 0)
            {
                return null;
            }

            l--;
            s--;
        }

        var start = text.LastIndexOf(' ', Math.Max(0, l + 1)) + 1;
        var longForm = text[start..].Trim();
        var count = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (count > maxWords || longForm.Length <= shortForm.Length || count > words.Length)
        {
            return null;
        }

        // The long form must start with the short form's first letter (upper or lower case).
        return char.ToLowerInvariant(longForm[0]) == letters[0] ? longForm : null;
    }

    // "Mask-Enhanced Autoregressive Prediction (MEAP)": up to ten words, then a parenthesised short form.
    [GeneratedRegex(@"(?<before>(?:[\w\-'’/]+[ ]){0,9}[\w\-'’/]+)[ ]?\((?<short>[A-Za-z][A-Za-z0-9\-\.]{0,14}?[A-Z0-9][A-Za-z0-9\-]*?)(?:[;,][^)]*)?\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenShort();

    [GeneratedRegex(@"\b(?<short>[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*),? which stands for (?<long>[A-Za-z][^.,;()]{5,90})", RegexOptions.CultureInvariant)]
    private static partial Regex StandsForPattern();

    // "MEAP (Mask-Enhanced Autoregressive Prediction)".
    [GeneratedRegex(@"\b(?<short>[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*)[ ]\((?<long>[A-Za-z][^()]{5,90})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenLong();
}
