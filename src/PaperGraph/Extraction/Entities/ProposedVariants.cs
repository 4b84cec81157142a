using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// A known technique with lower-case words before it, in the phrase a paper introduces its own with, is the paper's
/// variant of it: "the proposed regularized NMF algorithm improves … compared with using NMF", "we present a fast PCC
/// algorithm", "the proposed inexact Newton-CG algorithm", "our coordinated MDP approach". The words are the variant's
/// name; without them the paper would seem to propose, and to beat, the technique it starts from.
/// </summary>
internal static partial class ProposedVariants
{
    /// <summary>
    /// The one variant the text introduces (the modifying words and the known mention after them), or null when it
    /// introduces none or more than one. It is firm when a verb or "the proposed", "a new" introduces it; "our" alone
    /// ("our optimized MapReduce framework") may speak of what the paper uses.
    /// </summary>
    public static (Candidate Variant, bool Firm)? Find(string text, List<Candidate> mentions)
    {
        Candidate? only = null;
        var firm = false;
        foreach (Match m in Introduction().Matches(text))
        {
            // The known name starts after one, two or three of the lower-case words: "the proposed regularized NMF algorithm".
            var run = m.Groups["mods"];
            var known = mentions.Find(c => c.Start > run.Index && c.Start <= run.Index + run.Length && text[c.Start - 1] == ' ');
            if (known is null || known.Type is not (EntityType.Method or EntityType.Model) || !EndsInHead(text, known))
            {
                continue;
            }

            // Words that only praise it go ("a simple noise-robust margin-based …"); a verb's "-ing" or an adverb is no
            // part of a name ("a procedure extending stochastic gradient descent").
            var from = run.Index;
            var words = text[from..known.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var kept = words.SkipWhile(w => Describing.Contains(w)).ToArray();
            if (kept.Length == 0 || !Array.TrueForAll(kept, IsModifier) || Array.Exists(kept, w => w is "new" or "novel"))
            {
                continue;
            }

            from = known.Start - string.Join(' ', kept).Length - 1;
            var name = text[from..known.End];
            if (only is not null && !string.Equals(only.Canonical, name, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            only ??= new Candidate(from, known.End, known.Type, name, "proposed-variant", 5);
            firm |= !m.Value.StartsWith("our ", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("our proposed", StringComparison.OrdinalIgnoreCase);
        }

        return only is null ? null : (only, firm);
    }

    private static bool IsModifier(string word) =>
        !NotModifiers.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal)
        && (!word.EndsWith("ing", StringComparison.Ordinal) || word.Contains('-', StringComparison.Ordinal));

    // The technique's noun follows the name ("NMF algorithm"), or ends it ("the graphical EM algorithm").
    private static bool EndsInHead(string text, Candidate known)
    {
        var surface = text.AsSpan(known.Start, known.End - known.Start);
        var last = surface[(surface.LastIndexOf(' ') + 1)..];
        if (Heads.Contains(last.ToString()))
        {
            return true;
        }

        // The next word, singular or plural.
        var next = text.AsSpan(known.End);
        if (next.Length < 2 || next[0] != ' ')
        {
            return false;
        }

        next = next[1..];
        var end = next.IndexOfAnyExcept(Letters);
        var word = (end < 0 ? next : next[..end]).ToString();
        return Heads.Contains(word) || (word.EndsWith('s') && Heads.Contains(word[..^1]));
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    [GeneratedRegex(@"\b(?:[Tt]he proposed|[Oo]ur proposed|[Oo]ur|[Ww]e (?:propose|present|introduce|develop|describe)d? an?|[Aa] new|[Aa] novel)\s+(?:(?:new|novel)\s+)?(?<mods>(?:[a-z][a-z-]+\s){1,3})", RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "algorithm", "method", "model", "approach", "technique", "scheme", "framework", "estimator", "classifier", "filter", "kernel", "network", "procedure",
        "solver",
    };

    // Words that only praise or place it: "an efficient EM algorithm", "a general Bayesian network model" name no variant.
    private static readonly HashSet<string> Describing = new(StringComparer.OrdinalIgnoreCase)
    {
        "simple", "general", "generic", "effective", "efficient", "practical", "unified", "principled", "flexible", "powerful", "scalable", "accurate",
        "elegant", "straightforward", "alternative", "complete", "standard", "similar", "different", "specific", "particular", "suitable", "appropriate",
        "computationally", "highly", "very", "new", "novel", "original", "first", "better",
    };

    // Not modifiers of a name: verbs, function words, words of number and place.
    private static readonly HashSet<string> NotModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "for", "with", "in", "on", "to", "by", "from", "as", "at", "that", "which", "this", "these", "its", "their",
        "our", "two", "three", "several", "multiple", "various", "many", "some", "each", "all", "both", "other", "such", "same", "using", "based",
        "proposed", "use", "uses", "used", "is", "are", "was", "were", "be", "been", "can", "will", "would", "also", "then", "first", "second",
        "method", "methods", "algorithm", "algorithms", "approach", "model", "models", "framework", "system", "systems", "technique", "way", "kind", "class",
        "family", "version", "variant", "variants", "type", "set", "combination", "hybrid", "extension", "generalization", "generalisation", "form",
        "procedure", "scheme", "strategy", "polynomial", "polynomial-time", "linear-time", "time", "optimal", "exact", "distinct", "certain", "given", "known", "existing", "traditional", "conventional", "classical", "usual",
    };
}
