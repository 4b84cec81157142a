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
        // One pass over the parentheses: patterns are checked on the few characters around each one,
        // never run over the whole abstract.
        var open = -1;
        while ((open = text.IndexOf('(', open + 1)) >= 0)
        {
            var close = text.IndexOf(')', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var inner = text[(open + 1)..close];
            var nested = inner.IndexOf('(', StringComparison.Ordinal);
            if (nested >= 0)
            {
                continue;
            }

            // "Long Form (SHORT)" — the short form may be followed by "; ..." or ", ...".
            var cut = inner.IndexOfAny([';', ',']);
            var shortCandidate = (cut >= 0 ? inner[..cut] : inner).Trim();
            if (ShortForm().IsMatch(shortCandidate))
            {
                var beforeEnd = open;
                while (beforeEnd > 0 && text[beforeEnd - 1] == ' ')
                {
                    beforeEnd--;
                }

                var beforeStart = WordsBack(text, beforeEnd, 10);
                var before = text[beforeStart..beforeEnd];
                var longForm = LongFormFor(shortCandidate, before);
                if (longForm is not null)
                {
                    yield return new AcronymDefinition(shortCandidate, open + 1 + inner.IndexOf(shortCandidate, StringComparison.Ordinal), longForm, beforeEnd - longForm.Length);
                    continue;
                }
            }

            // "SHORT (Long Form)".
            var wordEnd = open;
            while (wordEnd > 0 && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            var word = text[wordStart..wordEnd];
            var trimmed = inner.Trim();
            if (trimmed.Length is >= 6 and <= 90 && LeadingShortForm().IsMatch(word) && !trimmed.Contains(word, StringComparison.Ordinal) && char.IsLetter(trimmed[0]))
            {
                var longForm = LongFormFor(word, trimmed);
                if (longForm is not null && longForm.Length == trimmed.Length)
                {
                    yield return new AcronymDefinition(word, wordStart, longForm, open + 1 + inner.IndexOf(trimmed, StringComparison.Ordinal));
                }
            }
        }
    }

    private static int WordsBack(string text, int end, int words)
    {
        var i = end;
        var seen = 0;
        while (i > 0 && seen < words)
        {
            var c = text[i - 1];
            if (c is '.' or ',' or ';' or ':' or '(' or ')' && !(c == '.' && i - 2 >= 0 && char.IsLetterOrDigit(text[i - 2]) && i < text.Length && char.IsLetterOrDigit(text[i])))
            {
                break;
            }

            if (c == ' ')
            {
                seen++;
            }

            i--;
        }

        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
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

    // A short form: starts with a letter, has a capital or digit after the first character, at most 16 characters.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9\-\.]{0,14}?[A-Z0-9][A-Za-z0-9\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortForm();

    // A short form written before its expansion: at least two capitals ("MEAP", "GaLore").
    [GeneratedRegex(@"^[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingShortForm();
}
