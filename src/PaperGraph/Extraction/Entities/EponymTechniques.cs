using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Techniques named after a person ("a simple Jaccard similarity index", "the Gibbs sampler", "a Kalman filter"),
/// taken as names only where the sentence sets them against a named model or method, or against another such
/// phrase: "a simple Jaccard similarity index on ITDA dictionaries outperforms existing methods like CKA", "… in a
/// fraction of the time needed by the Gibbs sampler", "The Newton-Krylov methods clearly outperform the Picard
/// method". Elsewhere such phrases are mostly background mathematics ("a Poisson point process", "the
/// Fourier transform"), not the things a survey compares, so they are left alone. The capitalised word must not
/// open the sentence, where every word is capitalised.
/// </summary>
internal static partial class EponymTechniques
{
    private const string Origin = "compared-eponym";

    /// <summary>New candidates for eponymous techniques compared with a mention (sorted by start) of the same sentence.</summary>
    public static IEnumerable<Candidate> Find(string text, List<Candidate> mentions)
    {
        var subjects = AsSubject().Matches(text);
        var objects = AsObject().Matches(text);
        foreach (Match m in subjects)
        {
            var p = m.Groups["p"];
            var end = SentenceEnd(text, m.Index + m.Length);
            if (Fits(text, p, mentions) && (HasRival(mentions, m.Index + m.Length, end) || objects.Any(o => o.Groups["p"].Index > p.Index + p.Length && o.Groups["p"].Index < end)))
            {
                yield return new Candidate(p.Index, p.Index + p.Length, EntityType.Method, p.Value, Origin, 4);
            }
        }

        foreach (Match m in objects)
        {
            var p = m.Groups["p"];
            var start = SentenceStart(text, m.Index);
            if (Fits(text, p, mentions) && (HasRival(mentions, start, m.Index) || subjects.Any(s => s.Groups["p"].Index >= start && s.Groups["p"].Index < p.Index)))
            {
                // "The Newton-Krylov methods clearly outperform the Picard method": two eponyms set against each other.
                yield return new Candidate(p.Index, p.Index + p.Length, EntityType.Method, p.Value, Origin, 4);
            }
        }
    }

    // Mid-sentence, and not part of (or overlapping) a name already found.
    private static bool Fits(string text, Group p, List<Candidate> mentions)
    {
        var before = text.AsSpan(0, p.Index).TrimEnd();
        if (before.Length == 0 || before[^1] is '.' or '!' or '?' or ':')
        {
            return false;
        }

        foreach (var c in mentions)
        {
            if (c.Start < p.Index + p.Length && p.Index < c.End)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasRival(List<Candidate> mentions, int from, int to)
    {
        foreach (var c in mentions)
        {
            if (c.Start >= from && c.End <= to && c.Type is EntityType.Method or EntityType.Model)
            {
                return true;
            }
        }

        return false;
    }

    private static int SentenceEnd(string text, int from)
    {
        var end = text.IndexOf(". ", from, StringComparison.Ordinal);
        return end < 0 ? text.Length : end;
    }

    private static int SentenceStart(string text, int at)
    {
        var start = text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal);
        return start < 0 ? 0 : start + 2;
    }

    private const string Phrase =
        @"(?<p>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?(?: [a-z]+){0,2} (?:index|sampler|filter|kernel|regression|similarity|divergence|estimator|transform|coefficient|sampling|filtering|criterion|methods?))";

    // "<phrase> [on|with|over|of … (up to three words)] [adverb] outperforms|surpasses|beats|matches|rivals".
    [GeneratedRegex(Phrase + @"(?: (?:on|with|over|of|in) [\w-]+(?: [\w-]+){0,2})?(?: [a-z]+ly)? (?:outperform(?:s|ed)?|surpass(?:es|ed)?|beats?|match(?:es|ed)?|rivals?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsSubject();

    // "than|over|outperforms|compared to|needed by [the|a] [standard|classical] <phrase>".
    [GeneratedRegex(@"\b(?:than|over|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?|compared (?:to|with)|versus|vs\.|needed by|required by|used by) (?:(?:the|a|an) )?(?:(?:standard|classical|conventional|popular|original|vanilla) )?" + Phrase + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex AsObject();
}
