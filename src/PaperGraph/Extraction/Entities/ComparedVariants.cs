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

    /// <summary>
    /// A capitalised word inside a sentence, right before a known technique's name, in a sentence that compares: "compared
    /// to Rectangular HOG", "better than the VCA and Sparse NMF", "compared with Adaptive PCA algorithm". The capital
    /// says the two words are one name, a variant of its own; taken apart, the claim would fall on the plain technique.
    /// </summary>
    public static IEnumerable<Candidate> Capitalised(string text, List<Candidate> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Type is not (EntityType.Method or EntityType.Model) || CapitalisedBefore(text, m.Start) is not { } from
                || text.AsSpan(m.End).TrimStart().StartsWith("based", StringComparison.OrdinalIgnoreCase) || (m.End < text.Length && text[m.End] == '-')
                || IsDefinedHere(text, m))
            {
                continue;
            }

            // The sentence around it compares.
            var start = text.LastIndexOf(". ", from, StringComparison.Ordinal) + 1;
            var end = text.IndexOf(". ", m.End, StringComparison.Ordinal) is var e && e >= 0 ? e : text.Length;
            if (Cue().IsMatch(text.AsSpan(start, end - start)))
            {
                yield return new Candidate(from, m.End, m.Type, text[from..m.End], "capitalised-variant", 5);
            }
        }
    }

    /// <summary>
    /// A word that makes a technique of its own, right before a known name written as one capitalised word: "kernel CCA",
    /// "spatial LMS and incremental LMS", "a linear-chain CRF", "second-order HMM". The pair is a variant, not the name
    /// itself; read apart, a claim against "symmetric LDA" would fall on LDA. Words that only say the name is the usual
    /// one ("standard SVM") and descriptions in general ("fast", "deep", "novel") are no such words.
    /// </summary>
    public static IEnumerable<Candidate> Modified(string text, List<Candidate> mentions, IReadOnlySet<string> proposed)
    {
        foreach (var m in mentions)
        {
            if (proposed.Contains(m.Canonical))
            {
                // The paper's own name stays as it named it.
                continue;
            }

            var surface = text.AsSpan(m.Start, m.End - m.Start);
            if (m.Type is not (EntityType.Method or EntityType.Model) || !char.IsUpper(surface[0]) || surface.Contains(' ')
                || (m.End < text.Length && text[m.End] == '-') || IsDefinedHere(text, m) || TechniqueModifierBefore(text, m.Start) is not { } from)
            {
                continue;
            }

            if (CoinedNames.IntroVerbRightBefore(text, from) || OwnWordBefore(text, from))
            {
                // "we propose a hybrid BP-SC decoding scheme", "the novel parametric SURE-AMP algorithm": what a paper
                // introduces, it names as it means to.
                continue;
            }

            yield return new Candidate(from, m.End, m.Type, text[from..m.End], "modified-variant", 5);
        }
    }

    // "the novel …", "our …", "the proposed …": the words before the modifier make the name the paper's own.
    private static bool OwnWordBefore(string text, int from)
    {
        var before = text.AsSpan(0, from).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word is "novel" or "new" or "proposed" or "our" or "Our";
    }

    // The start of a lower-case word of TechniqueModifiers, or of a hyphenated one ending as they do ("second-order",
    // "linear-chain", "multi-scale"), right before the name. Not "-based": "the constraint-based HITON algorithm" is HITON.
    private static int? TechniqueModifierBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return null;
        }

        var from = start - 1;
        while (from > 0 && (char.IsAsciiLetterLower(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }

        if (from > 0 && !(text[from - 1] is ' ' or '(' or '"') || start - 1 - from < 4 || text[from] == '-')
        {
            return null;
        }

        var word = text.AsSpan(from, start - 1 - from);
        if (TechniqueModifiers.Contains(word.ToString()))
        {
            return from;
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && word[(hyphen + 1)..] is "order" or "chain" or "scale" or "class" or "label" or "view" or "task" or "pass" or "layer"
            && !word[..hyphen].Contains('-') ? from : null;
    }

    // Words that name a kind of technique of their own when set before one: "kernel PCA", "online SVM", "tied PLDA".
    private static readonly HashSet<string> TechniqueModifiers = new(StringComparer.Ordinal)
    {
        "kernel", "kernelized", "sparse", "robust", "incremental", "online", "asynchronous", "hierarchical",
        "convolutional", "recurrent", "bidirectional", "multilinear", "nonlinear", "non-linear", "nonparametric", "non-parametric",
        "discriminative", "structural", "structured", "segmental", "local", "weighted", "regularized", "regularised", "nested",
        "labeled", "labelled", "multiplicative", "cascaded", "fuzzy", "hybrid", "memetic", "diffusion", "spatial", "complex", "tied",
        "constrained", "preconditioned", "randomized", "randomised", "quantum", "variational", "conditional", "multitask", "multiclass",
        "multiscale", "multiview", "semi-supervised", "supervised", "symmetric", "asymmetric", "collapsed", "infinite", "hierarchic",
        "factorial", "mixed-membership", "dynamic", "temporal", "blocked", "block", "stacked", "gated", "binarized", "quantized",
        "group", "localized", "localised", "lifted", "modified",
    };

    // "Memetic ABC (MeABC)", "Gbest guided ABC (GABC)": a definition's long form, or letters' long form, is the definition's
    // to name.
    private static bool IsDefinedHere(string text, Candidate m) =>
        text.AsSpan(m.End).TrimStart().StartsWith("(", StringComparison.Ordinal)
        || (text.AsSpan(m.Start, m.End - m.Start).Contains(' ') && !m.Canonical.Contains(' ', StringComparison.Ordinal));

    // The start of one capitalised word ("Sparse", "Cost-Sensitive") right before the name, inside a sentence and after a
    // word that is not capitalised itself (a run of capitals is a title's or a longer name's).
    private static int? CapitalisedBefore(string text, int start)
    {
        if (ModifierBefore(text, start) is not { } from || !char.IsUpper(text[from]) || from < 2)
        {
            return null;
        }

        var word = text.AsSpan(from, start - 1 - from);
        if (word.Length < 4 || !AllLowerAfterCapitals(word))
        {
            return null;
        }

        var before = text.AsSpan(0, from).TrimEnd();
        if (before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ';' or '"')
        {
            return null;
        }

        var previous = before.LastIndexOf(' ') is var space && space >= 0 ? before[(space + 1)..] : before;
        return previous.Length > 0 && (char.IsUpper(previous[0]) || char.IsDigit(previous[0])) ? null : from;
    }

    // "Sparse", "Cost-Sensitive": each hyphen-separated part is a capital and lower-case letters.
    private static bool AllLowerAfterCapitals(ReadOnlySpan<char> word)
    {
        for (var k = 0; k < word.Length; k++)
        {
            var atPartStart = k == 0 || word[k - 1] == '-';
            if (word[k] != '-' && (atPartStart ? !char.IsUpper(word[k]) : !char.IsLower(word[k])))
            {
                return false;
            }
        }

        return true;
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
