using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// When an acronym defined by lower-case words names a technique: only when the text says so right around the
/// definition ("the relaxed survey propagation (RSP) algorithm", "named maximal projection on minimum eigenspace
/// (MPME)", "weight compander (WC), a novel effective method"). Lower-case expansions are otherwise as often
/// quantities, settings or problems ("degree of freedom (DoF)", "cognitive radio (CR) system").
/// </summary>
internal static partial class LowerCaseDefinitions
{
    /// <summary>True when a technique noun, a naming cue or a describing appositive stands right by the definition.</summary>
    public static bool NameATechnique(string text, AcronymDefinition d) =>
        IsTechniqueNounAfter(text, d) || NamedRightBefore(text, d) || TechniqueAppositiveAfter(text, d) || ListedAsTechnique(text, d) || ComparedAgainst(text, d);

    // "BM outperforms Lasso and automatic relevance determination (ARD)": what a win is claimed over, alone or coordinated
    // with capitalised names, is a technique.
    private static bool ComparedAgainst(string text, AcronymDefinition d)
    {
        var from = Math.Max(0, d.LongStart - 120);
        var before = text.AsSpan(from, d.LongStart - from);
        return (before.Contains("than", StringComparison.Ordinal) || before.Contains("outperform", StringComparison.Ordinal)) && ObjectListBefore().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|(?:better|faster|more accurate) than)\s+(?:(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}(?:\s+\([^()]{1,40}\))?)(?:,\s*|,?\s+and\s+))*$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectListBefore();

    // "algorithms such as gradient projection for sparse reconstruction (GPSR) and two-step iterative shrinkage/thresholding
    // (TwIST)": an item of a list that a plural technique noun introduces is one of those techniques.
    public static bool ListedAsTechnique(string text, AcronymDefinition d)
    {
        var from = Math.Max(0, d.LongStart - 200);
        var before = text.AsSpan(from, d.LongStart - from);
        var sentence = before.LastIndexOf(". ");
        if (sentence >= 0)
        {
            before = before[(sentence + 2)..];
        }

        var intro = before.LastIndexOf(" such as ", StringComparison.Ordinal);
        intro = intro >= 0 ? intro : before.LastIndexOf(" including ", StringComparison.Ordinal);
        // "three evolutionary algorithms, namely- Particle Swarm Optimization(PSO), Artificial Bee Colony (ABC) and …"
        intro = intro >= 0 ? intro : before.LastIndexOf(" namely", StringComparison.Ordinal);
        // "three typical other methods: user-based collaborative filtering (UCF), item-based collaborative filtering (ICF) and …"
        intro = intro >= 0 ? intro : before.LastIndexOf(':');
        if (intro < 0)
        {
            // "two popular on-line algorithms, Gradient Descent (GD) and Exponentiated Gradient (EG)": an apposed list.
            var comma = before.TrimEnd().EndsWith(',') ? before.TrimEnd()[..^1] : before.TrimEnd();
            var andAt = comma.EndsWith(" and", StringComparison.Ordinal) ? comma.LastIndexOf(',') : -1;
            var listHead = andAt >= 0 ? comma[..andAt] : before.TrimEnd().EndsWith(',') ? comma : default;
            if (listHead.IsEmpty && andAt < 0)
            {
                return false;
            }

            var w = listHead.TrimEnd();
            var sp = w.LastIndexOf(' ');
            return w[(sp + 1)..] is "algorithms" or "methods" or "approaches" or "techniques" or "schemes" or "baselines" or "solvers";
        }

        var between = before[intro..].TrimEnd();
        if (!(between.EndsWith(" such as", StringComparison.Ordinal) || between.EndsWith(" including", StringComparison.Ordinal) || between.EndsWith(" namely", StringComparison.Ordinal)
            || between.EndsWith(" namely-", StringComparison.Ordinal) || between.EndsWith(" namely:", StringComparison.Ordinal) || between.EndsWith(',')
            || between.EndsWith(" and", StringComparison.Ordinal) || between.EndsWith(" or", StringComparison.Ordinal) || between is ":"))
        {
            return false;
        }

        var head = before[..intro].TrimEnd().TrimEnd(',');
        var space = head.LastIndexOf(' ');
        return head[(space + 1)..] is "algorithms" or "methods" or "approaches" or "techniques" or "schemes" or "baselines" or "solvers" or "heuristics"
            or "estimators" or "optimizers" or "classifiers";
    }

    // After "(SHORT)": punctuation or a word that starts a new phrase, not more of the noun phrase.
    private static bool EndsThePhrase(string text, AcronymDefinition d) =>
        WordAfter(text, d) is var w && (w.IsEmpty || w is "for" or "to" or "which" or "that" or "as" or "and" or "in" or "with" or "is" or "are" or "on"
            or "by" or "from" or "of" or "can" or "has" or "extending" or "where" or "whose" or "based" or "using");

    // The word after "(SHORT) ", or nothing when punctuation follows the parenthesis.
    private static ReadOnlySpan<char> WordAfter(string text, AcronymDefinition d)
    {
        var at = d.ShortStart + d.Short.Length + 2;
        if (at >= text.Length || text[at - 2] != ')' || text[at - 1] != ' ')
        {
            return default;
        }

        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at);
    }

    // "named …", "called …", "dubbed …", "referred to as …", or an appositive to a technique noun ("The first algorithm, …").
    private static bool NamedRightBefore(string text, AcronymDefinition d)
    {
        var before = text.AsSpan(0, d.LongStart).TrimEnd();
        var quoted = before.Length > 0 && before[^1] is '"' or '“';
        if (quoted)
        {
            // 'a simple refinement procedure called "vertex mover" (VM)': the quotes set the name off, the word before still names it.
            before = before[..^1].TrimEnd();
            if (IsTechniqueNoun(before[(before.LastIndexOf(' ') + 1)..]))
            {
                // 'We present the algorithm "Probabilistic Inference with Tabling and Answer subsumption" (PITA)'.
                return true;
            }
        }

        foreach (var article in (ReadOnlySpan<string>)[" the", " a", " an"])
        {
            // "we formulate the relaxed survey propagation (RSP) algorithm", "termed the Sparse Subspace Diffusion Model (SSDM)".
            if (before.EndsWith(article, StringComparison.Ordinal))
            {
                before = before[..^article.Length];
                break;
            }
        }

        // "We will refer to this algorithm as mutual information discriminant analysis (MIDA)", "We call this algorithm …":
        // the paper names its own technique (not "We call this problem …", "we call it … assumption").
        if (NamesItsOwn().IsMatch(before))
        {
            return true;
        }

        // "termed as non local adaptive clipped means (NLACM)", "called as …": the naming word with a stray "as".
        foreach (var cue in (ReadOnlySpan<string>)[" named", " called", " dubbed", " termed", " coined", " referred to as", " abbreviated as", " denoted as", " namely", "we call", "we term", "we dub", " termed as", " called as", " named as"])
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var cue in (ReadOnlySpan<string>)["we propose", "we introduce", "we present", "we proposed", "we introduced", "we presented", " proposing", " introducing", "we formulate", "we devise", " proposes", " introduces"])
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                // "we introduce weight compander (WC), …" names it; "we introduce multi-dimensional (MD) SC codes"
                // introduces the codes, which the short form only qualifies.
                return EndsThePhrase(text, d);
            }
        }

        if (NovelKindRightBefore().IsMatch(before))
        {
            // "present the novel meta-algorithm cutting plane aggregation (CPA)": the kind, new, then its name.
            return true;
        }

        if (before.Length < 2 || before[^1] != ',')
        {
            return false;
        }

        before = before[..^1];
        var space = before.LastIndexOf(' ');
        // "we derive a new kernel, the responsibility weighted Mahalanobis (RWM) kernel": an appositive to a new thing of any kind.
        return IsTechniqueNoun(before[(space + 1)..]) || NewThingBefore().IsMatch(before);
    }

    [GeneratedRegex("(?:" + CoinedNames.RefersToItsOwnAs + @"|\b[Ww]e (?:call|term|name|dub) (?:this|our|the (?:resulting|proposed|new))(?: [\w-]+){0,2}? (?:method|approach|algorithm|model|framework|technique|scheme|architecture|procedure|estimator|classifier|network)s?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NamesItsOwn();

    [GeneratedRegex(@"\b(?:[Tt]he|[Aa]n?|[Oo]ur) (?:new|novel|proposed) (?:[\w-]+ )?(?:[\w]+-)?(?:algorithm|method|approach|technique|scheme|framework|heuristic|estimator|procedure|model|protocol)$", RegexOptions.CultureInvariant)]
    private static partial Regex NovelKindRightBefore();

    [GeneratedRegex(@"\b(?:[Aa]n?) (?:new|novel) (?:[\w\-]+ ){0,3}[\w\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NewThingBefore();

    // "(RSP) algorithm", "(AF) scheme": the noun right after the short form calls it a technique. Broader heads
    // ("(CR) system", "(MAC) layer", "(PPI) prediction") name devices, settings and problems as often.
    private static bool IsTechniqueNounAfter(string text, AcronymDefinition d) =>
        WordAfter(text, d) is var word && IsTechniqueNoun(word) && !(word is "protocol" && LexiconEntityRecognizer.NotTechniques.Contains(d.Short));

    // "weight compander (WC), a novel effective method": an appositive right after the definition calls it a technique.
    private static bool TechniqueAppositiveAfter(string text, AcronymDefinition d)
    {
        var close = d.ShortStart + d.Short.Length;
        var rest = text.AsSpan(Math.Min(text.Length, close));
        // "slow feature analysis (SFA) is an unsupervised-learning algorithm": a copula describing it does the same.
        var skip = rest.StartsWith("), a ", StringComparison.Ordinal) || rest.StartsWith("), an ", StringComparison.Ordinal) ? 4
            : rest.StartsWith(") is a ", StringComparison.Ordinal) || rest.StartsWith(") is an ", StringComparison.Ordinal) ? 6 : -1;
        if (skip < 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in rest[skip..Math.Min(rest.Length, 80)].Split(' '))
        {
            var w = rest[skip..Math.Min(rest.Length, 80)][range].TrimEnd(",.;");
            if (IsTechniqueNoun(w))
            {
                return true;
            }

            if (++words > 4)
            {
                break;
            }
        }

        return false;
    }

    private static bool IsTechniqueNoun(ReadOnlySpan<char> word)
    {
        foreach (var w in (ReadOnlySpan<string>)["algorithm", "algorithms", "method", "methods", "approach", "technique", "techniques", "scheme", "schemes",
            "framework", "strategy", "procedure", "estimator", "heuristic", "decoder", "decoding", "policy", "paradigm", "mechanism", "protocol"])
        {
            if (word.Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
