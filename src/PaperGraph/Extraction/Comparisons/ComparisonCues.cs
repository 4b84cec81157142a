using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>The comparative constructions of abstracts, as patterns over one sentence.</summary>
internal static partial class ComparisonCues
{
    /// <summary>Cheap pre-check: sentences without any of these words cannot state a comparison.</summary>
    public static bool MayCompare(ReadOnlySpan<char> sentence) => sentence.IndexOfAny(CueWords) >= 0;

    private static readonly System.Buffers.SearchValues<string> CueWords = System.Buffers.SearchValues.Create(
        ["perform", "surpass", "than", "compar", "beat", "exceed", "par with", "match", "superior", "improv", "lag", "rival", "versus", "vs", "competitive", "short of"],
        StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ComparisonCue> Find(string sentence)
    {
        foreach (Match m in Passive().Matches(sentence))
        {
            yield return new ComparisonCue(m.Index, m.Index + m.Length, ComparisonOutcome.Outperforms, Reversed: true, Participle: false);
        }

        foreach (Match m in Outperform().Matches(sentence))
        {
            if (Overlaps(Passive(), sentence, m))
            {
                continue;
            }

            var participle = m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && m.Index >= 2 && sentence[..m.Index].TrimEnd().EndsWith(',');
            yield return new ComparisonCue(m.Index, m.Index + m.Length, ComparisonOutcome.Outperforms, Reversed: false, participle);
        }

        foreach (Match m in BetterThan().Matches(sentence))
        {
            var lowerIsBetter = m.Groups["dir"].Value.Equals("lower", StringComparison.OrdinalIgnoreCase) || m.Groups["dir"].Value.Equals("fewer", StringComparison.OrdinalIgnoreCase);
            if (lowerIsBetter && !LowerIsBetter().IsMatch(m.Value))
            {
                continue;
            }

            yield return new ComparisonCue(m.Index, m.Index + m.Length, ComparisonOutcome.Outperforms, Reversed: false, Participle: false);
        }

        foreach (Match m in Comparable().Matches(sentence))
        {
            var participle = m.Value.Contains("ing ", StringComparison.OrdinalIgnoreCase) && sentence[..m.Index].TrimEnd().EndsWith(',');
            yield return new ComparisonCue(m.Index, m.Index + m.Length, ComparisonOutcome.Comparable, Reversed: false, participle);
        }

        foreach (Match m in Compared().Matches(sentence))
        {
            yield return new ComparisonCue(m.Index, m.Index + m.Length, ComparisonOutcome.Compared, Reversed: false, Participle: false);
        }
    }

    /// <summary>True when the words just before the cue negate it ("does not outperform", "fails to match").</summary>
    public static bool IsNegated(string sentence, int cueStart)
    {
        var before = sentence[Math.Max(0, cueStart - 30)..cueStart];
        return Negation().IsMatch(before);
    }

    /// <summary>True when the claim is hedged ("can outperform in some settings", "may match").</summary>
    public static bool IsHedged(string sentence, int cueStart)
    {
        var before = sentence[Math.Max(0, cueStart - 25)..cueStart];
        return HedgeBefore().IsMatch(before) || HedgeAnywhere().IsMatch(sentence);
    }

    private static bool Overlaps(Regex other, string sentence, Match m) =>
        other.Matches(sentence).Any(o => o.Index < m.Index + m.Length && m.Index < o.Index + o.Length);

    [GeneratedRegex(@"\b(?:is|are|was|were|be|being|been)\s+(?:\w+ly\s+)?(?:outperformed|surpassed|beaten|exceeded)\s+by\b|\b(?:lags?|lagged|lagging|falls?|fell|falling)\s+(?:\w+ly\s+)?(?:behind|short of)\b|\bunderperforms?\b|\bunderperformed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|improv(?:es|ed|ing)\s+(?:up)?on|improv(?:es|ed|ing)\s+over|(?:is|are)\s+(?:\w+ly\s+)?superior\s+to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Outperform();

    [GeneratedRegex(@"\b(?<dir>higher|better|stronger|greater|lower|fewer)\s+(?:[\w\-]+\s+){0,4}?than\b|\bmore\s+(?:[\w]+-)?(?:efficient|accurate|robust|stable|effective)\s+than\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BetterThan();

    [GeneratedRegex(@"\b(?:perplexity|loss|error|latency|wer|cer|fid|cost|memory|variance|bias)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerIsBetter();

    [GeneratedRegex(@"\b(?:comparable|competitive|similar|on-par)(?:\s+[a-z]+){0,2}\s+(?:to|with)\b|\bon\s+par\s+(?:or\s+better\s+)?(?:with|than)\b|\bperforms?\s+on\s+par\b|\b(?:matches|matched|matching|rivals|rivaled|rivaling)\s+(?:the\s+)?(?:performance\s+of\s+)?|\bas\s+(?:good|well|accurate)\s+as\b", RegexOptions.CultureInvariant)]
    private static partial Regex Comparable();

    [GeneratedRegex(@"\b[Ww]e\s+(?:\w+ly\s+)?compare\s+(?:\w+\s+){0,3}?(?:with|to|against)\b|\bversus\b|\bvs\.?(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Compared();

    [GeneratedRegex(@"\b(?:not|n't|never|fails?\s+to|failed\s+to|without|cannot|unable\s+to|no\s+longer|neither|nor|rarely)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:can|could|may|might|sometimes|occasionally|potentially)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgeBefore();

    [GeneratedRegex(@"\bin\s+(?:some|certain|many|most)\s+(?:cases|settings|scenarios|tasks)\b|\bsometimes\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HedgeAnywhere();
}
