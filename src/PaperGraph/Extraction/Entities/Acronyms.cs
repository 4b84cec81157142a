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
        // One pass over the parentheses (a regex that tries ten words before every position was the
        // single largest cost of recognition): "Long Form (SHORT)" first, then "SHORT (Long Form)".
        var longFirst = new List<AcronymDefinition>();
        var shortFirst = new List<AcronymDefinition>();
        var consumed = 0;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            if (ShortInParens(text, open, out var shortLength, out var close) && open >= consumed)
            {
                var shortForm = text.Substring(open + 1, shortLength);
                var beforeEnd = open > 0 && text[open - 1] == ' ' ? open - 1 : open;
                if (beforeEnd > 1 && beforeEnd == open && text[beforeEnd - 1] == ',' && char.IsLetter(text[beforeEnd - 2]))
                {
                    // "a novel Reservoir Sampling based Bloom Filter,(RSBF) data structure": a stray comma glued to the parenthesis.
                    beforeEnd--;
                }

                if (beforeEnd > 0 && text[beforeEnd - 1] is '"' or '”' or '\'')
                {
                    // 'which we call "Robust Weight Signature" (RWS)': the long form is inside the quotes.
                    beforeEnd--;
                }

                var beforeStart = WordsBefore(text, beforeEnd, Math.Max(consumed, 0), 10);
                if (beforeStart < beforeEnd)
                {
                    var before = text[beforeStart..beforeEnd];
                    if (LongFormFor(shortForm, before) is { } longForm)
                    {
                        longFirst.Add(new AcronymDefinition(shortForm, open + 1, longForm, beforeEnd - longForm.Length));
                    }

                    consumed = close + 1;
                }
            }

            if (ShortBeforeParens(text, open) is { } sb && LongInParens(text, open) is { } inner)
            {
                var shortForm = text.Substring(sb.Start, sb.Length);
                var trimmed = inner.Text.Trim();
                if (!trimmed.Contains(shortForm, StringComparison.Ordinal) && LongFormFor(shortForm, trimmed) is { } longForm && longForm.Length == trimmed.Length)
                {
                    shortFirst.Add(new AcronymDefinition(shortForm, sb.Start, longForm, inner.Start + inner.Text.IndexOf(trimmed, StringComparison.Ordinal)));
                }
            }
        }

        foreach (var d in longFirst)
        {
            yield return d;
        }

        foreach (var d in shortFirst)
        {
            yield return d;
        }

        if (text.Contains("stands for", StringComparison.Ordinal))
        {
            foreach (var d in StandsFor(text))
            {
                yield return d;
            }
        }
    }

    // "(MEAP)", "(TODO; Smith et al.)": a letter, then letters, digits, hyphens or dots, with a capital or
    // digit after the first character and no dot after the last capital/digit.
    private static bool ShortInParens(string text, int open, out int length, out int close)
    {
        length = 0;
        close = -1;
        var i = open + 1;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
        {
            return false;
        }

        var lastStrong = -1;
        var lastDot = -1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '.'))
        {
            if (i > open + 1 && (char.IsAsciiLetterUpper(text[i]) || char.IsAsciiDigit(text[i])))
            {
                lastStrong = i;
            }

            if (text[i] == '.')
            {
                lastDot = i;
            }

            i++;
        }

        length = i - open - 1;
        if (lastStrong < 0 || lastDot > lastStrong || length > 30 || i >= text.Length)
        {
            return false;
        }

        if (text[i] == ')')
        {
            close = i;
            return true;
        }

        if (text[i] is ';' or ',')
        {
            // "(HCRFs; Quattoni et al. (2007))": a citation after the letters may hold its own parenthesis.
            var depth = 0;
            for (var j = i; j < text.Length && j < i + 100; j++)
            {
                if (text[j] == '(')
                {
                    depth++;
                }
                else if (text[j] == ')' && depth-- == 0)
                {
                    close = j;
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // Start of up to <paramref name="max"/> words (letters, digits, _ - ' ’ /) separated by single spaces, ending at <paramref name="end"/>.
    private static int WordsBefore(string text, int end, int floor, int max)
    {
        var start = end;
        var words = 0;
        var i = end - 1;
        while (i >= floor && words < max)
        {
            var wordEnd = i + 1;
            while (i >= floor && IsWordChar(text[i]))
            {
                i--;
            }

            if (i + 1 == wordEnd)
            {
                break;
            }

            start = i + 1;
            words++;
            if (i < floor || text[i] != ' ' || i - 1 < floor || !IsWordChar(text[i - 1]))
            {
                break;
            }

            i--;
        }

        return start;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '\'' or '’' or '/';

    // "MEAP (…": a word of letters, digits and hyphens right before " (", starting with a capital and holding two.
    private static (int Start, int Length)? ShortBeforeParens(string text, int open)
    {
        if (open < 3 || text[open - 1] != ' ')
        {
            return null;
        }

        var end = open - 1;
        var i = end - 1;
        while (i >= 0 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i--;
        }

        var start = i + 1;
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || start > 0 && text[start - 1] == '_')
        {
            return null;
        }

        // "pre-LN (…": the name starts at the first capital that begins a word part.
        while (start < end && !(char.IsAsciiLetterUpper(text[start]) && (start == i + 1 || text[start - 1] == '-')))
        {
            start++;
        }

        var upper = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiLetterUpper(text[k]))
            {
                upper++;
            }
        }

        return upper >= 2 ? (start, end - start) : null;
    }

    // "(Mask-Enhanced Autoregressive Prediction)": starts with a letter, 6 to 91 characters, no parentheses inside.
    private static (int Start, string Text)? LongInParens(string text, int open)
    {
        var start = open + 1;
        if (start >= text.Length || !char.IsAsciiLetter(text[start]))
        {
            return null;
        }

        var limit = Math.Min(text.Length, start + 92);
        for (var i = start + 1; i < limit; i++)
        {
            if (text[i] == '(')
            {
                return null;
            }

            if (text[i] == ')')
            {
                return i - start >= 6 ? (start, text[start..i]) : null;
            }
        }

        return null;
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
    public static string? LongFormFor(string shortForm, string candidate) =>
        LongFormFor(shortForm, candidate, shortForm.TrimEnd('s').Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray())
        ?? (RepeatedLetters(shortForm) is { } repeated && LongFormFor(shortForm, candidate, repeated, initialsOnly: true) is { } longForm && InitialsAre(longForm, repeated) ? longForm : null)
        ?? (SpokenDigits(shortForm) is { } spoken && LongFormFor(shortForm, candidate, spoken, initialsOnly: true) is { } spokenForm && InitialsAre(spokenForm, spoken)
            && spokenForm.Split(' ', '-').Any(w => w is "To" or "TO" or "For" or "FOR") ? spokenForm : null);

    // "L2DWK" for "Learning TO Diversify via Weighted Kernels": a 2 between letters says "to", a 4 "for", when the long
    // form writes that word as a capital ("Device-to-Device (D2D)" is a term of the field, not a coinage).
    private static char[]? SpokenDigits(string shortForm)
    {
        var letters = new List<char>(shortForm.Length);
        var spoken = false;
        for (var i = 0; i < shortForm.Length; i++)
        {
            var c = shortForm[i];
            var between = i > 0 && i + 1 < shortForm.Length && char.IsLetter(shortForm[i - 1]) && char.IsLetter(shortForm[i + 1]);
            if (between && c is '2' or '4')
            {
                letters.Add(c == '2' ? 't' : 'f');
                spoken = true;
            }
            else if (char.IsLetterOrDigit(c))
            {
                letters.Add(char.ToLowerInvariant(c));
            }
        }

        return spoken ? [.. letters] : null;
    }

    // A counted letter must start words, one per count: "Direct data domain (D3)", not "multiplication algorithm (m2)".
    private static bool InitialsAre(string longForm, char[] letters)
    {
        // A lower-case part after a hyphen may go unabbreviated ("Sequence-aware Sharded Sliced Training (S3T)").
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("of" or "and" or "the" or "for" or "to" or "in" or "on" or "with" or "a" or "an"))
            .SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries).Select((part, i) => (Initial: char.ToLowerInvariant(part[0]), Optional: i > 0 && char.IsLower(part[0]))))
            .ToList();
        var l = 0;
        var extra = 0;
        foreach (var (initial, optional) in words)
        {
            if (l < letters.Length && initial == letters[l])
            {
                l++;
            }
            else if (!optional && ++extra > 1)
            {
                return false;
            }
        }

        // A head noun may follow: "Structured State Space sequence model (S4)".
        return l == letters.Length;
    }

    // "S4" for "Structured State Space sequence", "A3C" for "Asynchronous Advantage Actor-Critic": a digit after a
    // letter counts that letter's words.
    private static char[]? RepeatedLetters(string shortForm)
    {
        var letters = new List<char>();
        var repeated = false;
        for (var i = 0; i < shortForm.Length; i++)
        {
            var c = shortForm[i];
            if (c is >= '2' and <= '5' && i > 0 && char.IsLetter(shortForm[i - 1]) && (i + 1 == shortForm.Length || char.IsLetter(shortForm[i + 1]) || shortForm[i + 1] == '-'))
            {
                letters.AddRange(Enumerable.Repeat(char.ToLowerInvariant(shortForm[i - 1]), c - '1'));
                repeated = true;
            }
            else if (char.IsLetterOrDigit(c))
            {
                letters.Add(char.ToLowerInvariant(c));
            }
        }

        return repeated ? [.. letters] : null;
    }

    private static string? LongFormFor(string shortForm, string candidate, char[] letters, bool initialsOnly = false)
    {
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
            // Counted or spoken letters each start a word ("Reversible Recursive … (R2-IOS)"): not the r inside "Recursive".
            while (l >= 0 && (char.ToLowerInvariant(text[l]) != c || ((s == 0 || initialsOnly) && l > 0 && char.IsLetterOrDigit(text[l - 1]))))
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

        // The long form must start with the short form's first letter (upper or lower case), and hold no other
        // acronym the short form does not abbreviate: "compare SVM with competitors (CART)" defines nothing, "Multi-Slots
        // Coded ALOHA (MuSCA)" and "graph-based SFA (GSFA)" do.
        return char.ToLowerInvariant(longForm[0]) == letters[0] && !HoldsOtherAcronym(longForm, shortForm) ? longForm : null;
    }

    private static bool HoldsOtherAcronym(string longForm, string shortForm)
    {
        var first = longForm.AsSpan(0, longForm.IndexOf(' ') is var sp && sp > 0 ? sp : longForm.Length);
        if (first.ContainsAnyExcept("abcdefghijklmnopqrstuvwxyz"))
        {
            // "negotiation-based MARL with sparse interactions (NegoSI)": a coined phrase, not a clause.
            return false;
        }

        foreach (var word in longForm.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && word.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && char.IsAsciiLetterUpper(word[0])
                && !shortForm.Contains(word[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?<short>[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*),? which stands for (?<long>[A-Za-z][^.,;()]{5,90})", RegexOptions.CultureInvariant)]
    private static partial Regex StandsForPattern();
}
