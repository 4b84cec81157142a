using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds names a paper coins: after a verb of introduction ("we propose X"), in an appositive
/// ("X, a novel …"), after "called/named/dubbed/termed", and as a title prefix ("FOSTER: …").
/// </summary>
internal static partial class CoinedNames
{
    /// <summary>True for a token that looks like a coined name: an acronym, CamelCase, letters with digits, or a capitalised hyphenated coinage.</summary>
    public static bool IsNameShaped(string s)
    {
        if (s.Length < 2 || !char.IsLetter(s[0]))
        {
            return false;
        }

        var upper = 0;
        var lowerThenUpper = false;
        var digit = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsUpper(c))
            {
                upper++;
                if (i > 0 && char.IsLower(s[i - 1]))
                {
                    lowerThenUpper = true;
                }
            }

            digit |= char.IsDigit(c);
        }

        if (s.Contains('-', StringComparison.Ordinal))
        {
            // Mix-LN, Pre-LN, LLM-Pruner: a part after the hyphen is an acronym or CamelCase; "Low-Rank" is not.
            return s.Split('-').Any(p => p.Length >= 2 && (p.All(c => char.IsUpper(c) || char.IsDigit(c)) || IsNameShaped(p) && !p.Contains('-', StringComparison.Ordinal) && p.Skip(1).Any(char.IsUpper)));
        }

        return upper >= 2 && (lowerThenUpper || s.All(c => !char.IsLower(c)) || char.IsUpper(s[0]) && char.IsUpper(s[1])) || digit && upper >= 1 || lowerThenUpper && char.IsLower(s[0]);
    }

    /// <summary>Names introduced by a verb of introduction or an appositive, with where they stand.</summary>
    public static IEnumerable<(string Name, int Start)> Introduced(string text)
    {
        foreach (Match m in IntroVerb().Matches(text))
        {
            var rest = m.Groups["rest"];
            foreach (var n in Names(rest.Value))
            {
                yield return (n.Name, rest.Index + n.Offset);
            }
        }

        foreach (Match m in Called().Matches(text))
        {
            if (IsNameShaped(m.Groups["name"].Value) || char.IsUpper(m.Groups["name"].Value[0]) && m.Groups["name"].Length >= 4)
            {
                yield return (m.Groups["name"].Value, m.Groups["name"].Index);
            }
        }

        foreach (Match m in Appositive().Matches(text))
        {
            var name = m.Groups["name"].Value;
            var afterVerb = m.Groups["verb"].Success;
            if (IsNameShaped(name.Split(' ')[^1]) || IsNameShaped(name.Split(' ')[0]) || afterVerb && name.Length >= 4)
            {
                yield return (name, m.Groups["name"].Index);
            }
        }
    }

    /// <summary>The coined name a title starts with ("FOSTER: Feature Boosting …" → FOSTER), if any.</summary>
    public static string? TitlePrefix(string title)
    {
        var m = TitleName().Match(title);
        if (!m.Success)
        {
            return null;
        }

        var name = m.Groups["name"].Value.Trim();
        var words = name.Split(' ');
        return words.Length <= 4 && words.Any(IsNameShaped) ? name : null;
    }

    /// <summary>Every name-shaped word of the clause after an introduction verb, in order.</summary>
    private static IEnumerable<(string Name, int Offset)> Names(string rest)
    {
        var cut = rest.IndexOfAny([';', ':']);
        var scope = cut >= 0 ? rest[..cut] : rest;
        foreach (Match w in Word().Matches(scope))
        {
            if (IsNameShaped(w.Value))
            {
                yield return (w.Value, w.Index);
            }
        }
    }

    private static (string Name, int Offset)? FirstName(string rest)
    {
        // Stop at the first clause break: a name later in the sentence is usually a baseline.
        var cut = rest.IndexOfAny([';', ':']);
        var scope = cut >= 0 ? rest[..cut] : rest;
        foreach (Match w in Word().Matches(scope))
        {
            if (IsNameShaped(w.Value))
            {
                return (w.Value, w.Index);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his (?:paper|work)|[Ii]n this (?:paper|work), we)\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|develop|design|release|contribute|construct|curate|build|create|call|term|name|dub|open-source)[sd]?\s+(?<rest>[^.]{0,160})", RegexOptions.CultureInvariant)]
    private static partial Regex IntroVerb();

    [GeneratedRegex(@"\b(?:called|named|dubbed|termed|coined)\s+(?:as\s+)?(?<name>[A-Z][A-Za-z0-9\-]*(?:\s[A-Z][A-Za-z0-9\-]*){0,2}|[A-Za-z][A-Za-z0-9\-\.]*[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Called();

    [GeneratedRegex(@"(?:^|[.!?] |(?<verb>\b(?:propose|introduce|present)s? ))(?<name>[A-Z][A-Za-z0-9\-]*(?: [A-Z][A-Za-z0-9\-]*){0,2}), (?:a|an)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9\-\.\+ ]{0,40}?)\s*:\s", RegexOptions.CultureInvariant)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9\-\.]*[A-Za-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
