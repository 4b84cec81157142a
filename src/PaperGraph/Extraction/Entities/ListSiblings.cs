using System.Text.RegularExpressions;
using PaperGraph.Domain;
using PaperGraph.Extraction.Comparisons;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Names the lexicon does not know, found by their company: the last item of an enumeration of named
/// things ("existing methods like CKA, SVCCA, and relative representation similarity metrics") is a thing
/// of the same kind, and so is the partner of a hyphenated technique in a pair ("weight-averaging and
/// logit-ensembling"). Only lower-case phrases of a few words qualify; a determiner or a vague adjective
/// ("other methods", "similar approaches") is no name.
/// </summary>
internal static partial class ListSiblings
{
    /// <summary>New candidates for the phrases after the accepted mentions (sorted by start).</summary>
    public static IEnumerable<Candidate> Find(string text, List<Candidate> mentions, Func<string, bool> isStopword)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Method or EntityType.Model or EntityType.Dataset))
            {
                continue;
            }

            if (i + 1 < mentions.Count && mentions[i + 1].Type == m.Type && MiddleItem().Match(text[m.End..mentions[i + 1].Start]) is { Success: true } middle
                && IntroducesList(text, mentions[FirstOfRun(text, mentions, i)].Start))
            {
                // "such as Pythia, INCITE, and OpenLLaMA": a word between two listed names is one more of them.
                var w = middle.Groups["p"];
                if (!isStopword(EntityKey.Normalize(w.Value)) && !IsNotNameWord(w.Value.ToLowerInvariant()) && !WrittenLowerCase(text, w.Value))
                {
                    yield return new Candidate(m.End + w.Index, m.End + w.Index + w.Length, m.Type, w.Value, "list-sibling", 1);
                }
            }

            var partner = CapitalisedPartner().Match(text, m.End);
            if (partner.Success && partner.Index == m.End && (i + 1 >= mentions.Count || mentions[i + 1].Start > partner.Index + partner.Length))
            {
                // "(DeepSpeed-MoE and Tutel)", "such as Medusa, LookAhead and DEED": a capitalised word closing an
                // enumeration of names is one more of them.
                var p = partner.Groups["p"];
                var listed = RunLength(text, mentions, i, out var head);
                var opened = text.AsSpan(0, mentions[head].Start).TrimEnd().EndsWith("(") && partner.Groups["close"].Value == ")";

                // An all-capitals word ("DEED") needs two names before it: alone after one, it is as often a data set or venue.
                var capitals = p.Value.All(c => char.IsUpper(c) || char.IsDigit(c));
                if ((opened || IntroducesList(text, mentions[head].Start)) && (!capitals || listed >= 2) && !isStopword(EntityKey.Normalize(p.Value)) && !IsNotNameWord(p.Value.ToLowerInvariant())
                    && !WrittenLowerCase(text, p.Value))
                {
                    yield return new Candidate(p.Index, p.Index + p.Length, m.Type, p.Value, "list-sibling", 1);
                }

                continue;
            }

            var tail = Tail().Match(text, m.End);
            if (!tail.Success || tail.Index != m.End)
            {
                continue;
            }

            var phrase = tail.Groups["p"];
            var next = i + 1 < mentions.Count ? mentions[i + 1].Start : int.MaxValue;
            if (next < phrase.Index + phrase.Length)
            {
                // A name inside the phrase: it is not a new one.
                continue;
            }

            var words = phrase.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cut = Array.FindIndex(words, FunctionWords.Contains);
            if (cut == 0)
            {
                continue;
            }

            if (cut > 0)
            {
                // "logit-ensembling to flatness": the name ends where a phrase of its own begins.
                words = words[..cut];
            }

            if (Vague.Contains(words[0]))
            {
                continue;
            }

            var run = RunLength(text, mentions, i, out var first);
            bool accept;
            if (run >= 2 && IntroducesList(text, mentions[first].Start))
            {
                // "such as A, B, and C": the generic head of the last item names the kind, not the thing.
                if (words.Length > 1 && GenericHeads.Contains(words[^1]))
                {
                    words = words[..^1];
                }

                accept = words.Length >= 2 || words[0].Contains('-');
            }
            else
            {
                // "weight-averaging and logit-ensembling": two hyphenated techniques side by side.
                var surface = text[m.Start..m.End];
                accept = run == 1 && m.Type == EntityType.Method && words.Length == 1 && words[0].Contains('-')
                    && surface.Contains('-') && !surface.Contains(' ') && surface.All(c => !char.IsUpper(c));
            }

            var name = string.Join(' ', words);
            if (!accept || isStopword(EntityKey.Normalize(name)) || words.Any(IsNotNameWord))
            {
                continue;
            }

            yield return new Candidate(phrase.Index, phrase.Index + name.Length, m.Type, name, "list-sibling", 1);
        }
    }

    /// <summary>
    /// "its main competitors (UCB, UCB2, UCB-Tuned, UCB-V, DMED)", "such as SVM, C4.5, RIPPER and IBk": in an enumeration
    /// in parentheses or after "such as", where two items or more are known names of one type, the other items shaped like
    /// names (acronyms, CamelCase, letters with digits) are more of the same.
    /// </summary>
    public static IEnumerable<Candidate> InEnumerations(string text, List<Candidate> mentions, Func<string, bool> isStopword)
    {
        if (mentions.Count(c => c.Type is EntityType.Method or EntityType.Model) < 2)
        {
            // Two known names are needed in one list; most abstracts have fewer in all, and need no scan.
            yield break;
        }

        foreach (Match m in Enumeration().Matches(text))
        {
            var items = m.Groups["i"].Captures;
            if (!(m.Groups["open"].Success || IntroducesList(text, items[0].Index)))
            {
                continue;
            }

            var known = new Dictionary<EntityType, int>();
            var unknown = new List<Capture>();
            foreach (Capture item in items)
            {
                var covering = mentions.Find(c => c.Start <= item.Index && c.End >= item.Index + item.Length);
                if (covering is { Type: EntityType.Method or EntityType.Model })
                {
                    known[covering.Type] = known.GetValueOrDefault(covering.Type) + 1;
                }
                else if (covering is null && !mentions.Exists(c => c.Start < item.Index + item.Length && item.Index < c.End))
                {
                    unknown.Add(item);
                }
            }

            // One known name is enough when a plural technique noun introduces the list: "algorithms like SAG, SVRG, SAGA".
            var enough = known.Count == 1 && (known.Values.First() >= 2 || TechniquesIntroduce(text, items[0].Index));
            if (!enough || unknown.Count == 0 || unknown.Count > known.Values.First() + 1)
            {
                continue;
            }

            var type = known.Keys.First();
            foreach (var item in unknown)
            {
                if (CoinedNames.IsNameShaped(item.Value) && !isStopword(EntityKey.Normalize(item.Value)))
                {
                    yield return new Candidate(item.Index, item.Index + item.Length, type, item.Value, "list-sibling", 1);
                }
            }
        }
    }

    /// <summary>
    /// "outperforms the state-of-the-art systems Alchemy, Markov TheBeast, and Tuffy", "ensembles such as Bagging, AdaBoost,
    /// Random Forests, Gasen, Regularized Selective Ensemble, and …", "the fastest known systems MonetDB and Qizx": in a list
    /// or a pair after "such as" or a plural technique noun, where an item is a known technique, the other items written as
    /// capitalised words (one to three) are more of the same.
    /// </summary>
    public static IEnumerable<Candidate> CapitalisedItems(string text, List<Candidate> mentions, Func<string, bool> isStopword)
    {
        if (!mentions.Exists(c => c.Type is EntityType.Method or EntityType.Model))
        {
            yield break;
        }

        foreach (var m in CapitalisedList().Matches(text).Concat(CapitalisedPair().Matches(text)))
        {
            var items = m.Groups["i"].Captures;
            if (!(IntroducesList(text, items[0].Index) || KindRightBefore(text, items[0].Index) || ComparedRightBefore(text, items[0].Index)))
            {
                continue;
            }

            EntityType? type = null;
            var unknown = new List<Capture>();
            var mixed = false;
            foreach (Capture item in items)
            {
                var inside = mentions.FindAll(c => c.Start < item.Index + item.Length && item.Index < c.End);
                if (inside.Count == 0)
                {
                    unknown.Add(item);
                    continue;
                }

                foreach (var c in inside)
                {
                    mixed |= c.Type is not (EntityType.Method or EntityType.Model) || (type is { } t && t != c.Type);
                    type ??= c.Type;
                }
            }

            if (type is not { } known || mixed || unknown.Count == 0 || unknown.Count > items.Count - unknown.Count + 1)
            {
                continue;
            }

            foreach (var item in unknown)
            {
                var words = item.Value.Split(' ');
                if (words.Any(NotItemWords.Contains) || isStopword(EntityKey.Normalize(item.Value)) || (words.Length == 1 && WrittenLowerCase(text, item.Value)))
                {
                    continue;
                }

                yield return new Candidate(item.Index, item.Index + item.Length, known, item.Value, "list-sibling", 1);
            }
        }
    }

    // "the state-of-the-art systems Alchemy, …": a plural technique noun right before the first item.
    private static bool KindRightBefore(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word is "systems" or "algorithms" or "methods" or "approaches" or "techniques" or "solvers" or "baselines" or "ensembles" or "tools"
            or "classifiers" or "frameworks" or "engines" or "libraries" or "packages" or "heuristics";
    }

    // Capitalised words that open or make a phrase, not a name.
    private static readonly HashSet<string> NotItemWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Our", "These", "This", "Those", "Its", "Their", "We", "In", "On", "For", "With", "And", "Or", "Both", "All", "Other",
        "Method", "Methods", "Algorithm", "Algorithms", "Model", "Models", "Approach", "Approaches",
    };

    // "Control", "Ontology": a common word the abstract also writes in lower case is no name.
    private static bool WrittenLowerCase(string text, string word)
    {
        var lower = string.Create(word.Length, word, (span, w) =>
        {
            w.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(span[0]);
        });
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // A vague word, or a verb, adverb or comparison word: "and outperform state-of-the-art compression" is a clause.
    private static bool IsNotNameWord(string word)
    {
        if (Vague.Contains(word))
        {
            return true;
        }

        var (cls, cue) = ComparisonWords.Lookup(word);
        return cue is Cue.Outperform or Cue.Underperform or Cue.ImproveOver or Cue.Compare or Cue.ParityVerb or Cue.Lag or Cue.FallShort || (cls & (WordClass.Verb | WordClass.Adverb | WordClass.Reporting | WordClass.Boundary | WordClass.Negator | WordClass.Determiner)) != 0;
    }

    // How many names of the same type the enumeration ending at mention i holds; first is where it starts.
    private static int FirstOfRun(string text, List<Candidate> mentions, int i)
    {
        RunLength(text, mentions, i, out var first);
        return first;
    }

    private static int RunLength(string text, List<Candidate> mentions, int i, out int first)
    {
        first = i;
        while (first > 0 && mentions[first - 1].Type == mentions[i].Type && Separator().IsMatch(text[mentions[first - 1].End..mentions[first].Start]))
        {
            first--;
        }

        return i - first + 1;
    }

    // "algorithms like", "methods such as", "solvers including": a plural technique noun right before the list's introducer.
    private static bool TechniquesIntroduce(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        foreach (var intro in (ReadOnlySpan<string>)[" such as", " like", " including"])
        {
            if (before.EndsWith(intro, StringComparison.Ordinal))
            {
                var head = before[..^intro.Length].TrimEnd();
                var word = head[(head.LastIndexOf(' ') + 1)..];
                return word is "algorithms" or "methods" or "approaches" or "techniques" or "solvers" or "optimizers" or "classifiers" or "baselines";
            }
        }

        return false;
    }

    // "BCCD already outperforms FCI and Conservative PC": what a win or comparison is claimed over is a list of techniques.
    private static bool ComparedRightBefore(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word is "outperforms" or "outperform" or "outperformed" or "outperforming" or "than" or "versus" or "vs." or "against"
            || ((word is "with" or "to") && before[..^word.Length].TrimEnd() is var rest && (rest.EndsWith("compared", StringComparison.Ordinal)
                || rest.EndsWith("comparison", StringComparison.Ordinal)));
    }

    private static bool IntroducesList(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        foreach (var intro in (ReadOnlySpan<string>)[" such as", " like", " including", "e.g.,", "e.g.", "i.e.,", " namely", " e.g", "(e.g.,"])
        {
            if (before.EndsWith(intro, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "compared with other well known algorithms: DE, PGA, Grefensstette and Eshelman": a colon after a plural kind.
        return before.EndsWith(':') && KindRightBefore(text, before.Length - 1);
    }

    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "metric", "metrics", "method", "methods", "approach", "approaches", "technique", "techniques", "measure", "measures", "model",
        "models", "baseline", "baselines", "algorithm", "algorithms", "variant", "variants", "scores", "score", "benchmarks", "datasets",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "to", "on", "in", "for", "with", "across", "at", "from", "as", "by", "and", "or", "than", "via", "over", "under", "into", "while",
    };

    // Words that make a phrase a description rather than a name.
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "other", "others", "similar", "related", "more", "many", "several", "various", "existing", "recent", "previous", "prior", "standard",
        "traditional", "classical", "conventional", "popular", "different", "further", "additional", "their", "its", "the", "a", "an", "our",
        "some", "most", "all", "any", "these", "those", "this", "that", "such", "new", "novel", "simple", "strong", "common", "alternative",
        "we", "it", "they", "is", "are", "was", "were", "be", "can", "which", "who", "whose", "etc", "so", "on", "in", "beyond",
    };

    // After a name: ", and P" / " and P" / " or P", with P lower-case words up to a clause break.
    [GeneratedRegex(@"\G(?<c>,\s*(?:and|or)\s+|\s+(?:and|or)\s+)(?<p>[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\s[a-z][a-z0-9]*(?:-[a-z0-9]+)*){0,4})(?=\s*[,.;:)]|\s+(?:on|in|for|to|with|across|at|from|as|by)\b|\s*$)")]
    private static partial Regex Tail();

    // After a name (and the technique noun NameTails will join to it: "LookAhead Decoding"): ", and Word" / " and Word" /
    // " or Word", a capitalised word (one capital, then letters or digits) or an all-capitals one that ends the list.
    [GeneratedRegex(@"\G(?: (?:[A-Z][a-z]+(?:ing|tion)|Search|Descent))?(?:,\s*(?:and|or)\s+|\s+(?:and|or)\s+)(?<p>[A-Z][a-z]{2,}[A-Za-z0-9]*|[A-Z]{3,8}[0-9]?)(?=\s*(?<close>[,.;:)]))")]
    private static partial Regex CapitalisedPartner();

    [GeneratedRegex(@"^, (?<p>[A-Z][a-z]{2,}[A-Za-z0-9]*|[A-Z]{3,8}[0-9]?),(?: and| or)? $", RegexOptions.CultureInvariant)]
    private static partial Regex MiddleItem();

    // One to three capitalised words: "Tuffy", "Intel TBB", "Regularized Selective Ensemble".
    private const string CapitalisedItem = @"[A-Z][A-Za-z0-9.+*\-]*[A-Za-z0-9+*](?: [A-Z][A-Za-z0-9.+*\-]*[A-Za-z0-9+*]){0,2}";

    // What may follow the last item: a punctuation mark or a preposition that opens a qualifier.
    private const string PhraseEnds = @"(?=\s*[,.;:)]|\s+(?:on|in|for|with|across|by|both|as|to)\b)";

    // Two to nine such items separated by commas (the last perhaps by "and"/"or"), ending the phrase.
    [GeneratedRegex("(?<i>" + CapitalisedItem + @")(?:,\s+(?<i>" + CapitalisedItem + @")){1,7}(?:,?\s+(?:and|or)\s+(?<i>" + CapitalisedItem + "))?" + PhraseEnds, RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedList();

    // Two such items joined by "and"/"or": "systems MonetDB and Qizx".
    [GeneratedRegex("(?<i>" + CapitalisedItem + ") (?:and|or) (?<i>" + CapitalisedItem + ")" + PhraseEnds, RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedPair();

    [GeneratedRegex(@"^\s*,\s*(?:(?:and|or)\s+)?$|^\s+(?:and|or)\s+$")]
    private static partial Regex Separator();

    // Three to eight single-word items, each starting with a capital, separated by commas (the last perhaps by "and"/"or"),
    // in parentheses or ending the sentence's phrase.
    [GeneratedRegex(@"(?<open>\()?(?<i>[A-Z][A-Za-z0-9.+*\-]*[A-Za-z0-9+*])(?:,\s+(?<i>[A-Z][A-Za-z0-9.+*\-]*[A-Za-z0-9+*])){1,6},?\s+(?:and\s+|or\s+)?(?<i>[A-Z][A-Za-z0-9.+*\-]*[A-Za-z0-9+*])(?(open)\)|(?=[\s,.;:)]))", RegexOptions.CultureInvariant)]
    private static partial Regex Enumeration();
}
