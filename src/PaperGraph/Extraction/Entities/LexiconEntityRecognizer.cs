using System.Text.RegularExpressions;
using Humanizer;
using PaperGraph.Domain;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds entities with the lexicon (one pass over tokens, longest match, case rules for short forms),
/// then discovers names the lexicon does not know (acronym definitions, coined names, title
/// prefixes, "X dataset"), types them from head nouns, and resolves every surface form to one
/// entity per real-world thing. Spans refer to the cleaned abstract; the title adds entities and
/// proposals but no spans.
/// </summary>
public sealed partial class LexiconEntityRecognizer(Lexicon lexicon) : IEntityRecognizer
{
    private const int MaxTokensPerName = 8;

    /// <summary>A recogniser over the shipped lexicon.</summary>
    public LexiconEntityRecognizer()
        : this(Lexicon.Default)
    {
    }

    /// <inheritdoc />
    public RecognizedEntities Recognize(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var text = AbstractText.Clean(paper.Abstract);
        var title = paper.Title is null ? null : AbstractText.Clean(paper.Title);

        var found = new List<Candidate>();
        var discovered = new Dictionary<string, (EntityType Type, string Canonical, string Origin)>(StringComparer.Ordinal);
        var blocked = new List<(int Start, int End)>();
        var proposed = new HashSet<string>(StringComparer.Ordinal);

        var tokens = ScanLexicon(text, title, found);
        var definitions = DiscoverAcronyms(text, title, found, discovered, blocked);
        DiscoverCoined(text, title, definitions, found, discovered, proposed);
        DiscoverHeadNouns(text, tokens, found, discovered);
        DiscoverNameShapes(text, tokens, discovered);
        DiscoverStarNames(text, discovered);
        DiscoverComparedAcronyms(text, discovered);
        DiscoverTaskPhrases(text, found);
        AddDiscoveredMentions(text, found, discovered);

        var mentions = Resolve(found, blocked);
        if (AddByCompany(text, ListSiblings.Find(text, mentions, lexicon.IsStopword), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (AddByCompany(text, ListSiblings.InEnumerations(text, mentions, lexicon.IsStopword), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (AddByCompany(text, ListSiblings.CapitalisedItems(text, mentions, lexicon.IsStopword), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (AddByCompany(text, EponymTechniques.Find(text, mentions), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (AddByCompany(text, NameTails.Find(text, mentions), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (AddByCompany(text, ComparedVariants.Find(text, mentions), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (AddByCompany(text, ComparedVariants.Capitalised(text, mentions), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (proposed.Count == 0)
        {
            ProposeSelfNamed(text, mentions, proposed);
        }

        string? provisional = null;
        if (proposed.Count == 0 && ProposedVariants.Find(text, mentions) is var (variant, firm))
        {
            // "the proposed regularized NMF algorithm improves … compared with using NMF": the paper's variant of a known
            // technique. Provisional when only "our" speaks of it: it stands only if it takes a claim.
            AddByCompany(text, [variant], found, discovered);
            mentions = Resolve(found, blocked);
            Propose(text, variant.Canonical, variant.Start, "proposed-variant", found, discovered, proposed, known: true);
            provisional = !firm && proposed.Count == 1 ? proposed.First() : null;
        }

        if (AddByCompany(text, ComparedVariants.Modified(text, mentions, proposed), found, discovered))
        {
            mentions = Resolve(found, blocked);
        }

        if (proposed.Count == 0 && title is not null && TitleLeadDefined(title, definitions, discovered) is { } leadDefinition)
        {
            // "Temporal Second Difference Traces" over "… temporal second difference traces (TSDT) …", "The Information
            // Bottleneck EM Algorithm" over "… (IB-EM) …": a title that opens with the name the abstract defines is about it,
            // as often as what it studies ("Normalized Information Distance is Not Semicomputable") as what it introduces:
            // provisional, it stands only if it takes a claim.
            Propose(text, leadDefinition.Short, leadDefinition.ShortStart, "title-definition", found, discovered, proposed);
            provisional = proposed.Count == 1 ? proposed.First() : null;
        }

        if (proposed.Count == 0 && title is not null && TitleDefined(text, title, definitions, discovered) is { } titled)
        {
            // "Re-scale AdaBoost for Attack Detection …" over "… called the re-scale AdaBoost (RAdaBoost) as our detection
            // method": the one name the abstract coins under its own letters and the title carries is likely the
            // contribution. Provisional, as a title's lead name is: as often it is what the work uses ("… using Binary
            // Particle Swarm Optimization" over "a new … BPSO"), so it stands only if it takes a claim.
            Propose(text, titled.Short, titled.ShortStart, "title-definition", found, discovered, proposed);
            provisional = proposed.Count == 1 ? proposed.First() : null;
        }

        if (proposed.Count == 0 && title is not null && TitleOpeningDefinition(title, text) is { } opening)
        {
            // "Sparse Online Low-Rank Projection and Outlier Rejection (SOLO) for 3-D Rigid-Body Motion Registration" over
            // "… SOLO …": a title that opens by defining letters the abstract then uses is about them. Provisional, as a
            // title's lead name is: it stands only if it takes a claim.
            discovered.TryAdd(opening.Short, (HeadNouns.OfPhrase(opening.Long) ?? EntityType.Method, opening.Short, "title-definition"));
            AddDiscoveredMentions(text, found, new(StringComparer.Ordinal) { [opening.Short] = discovered[opening.Short] });
            mentions = Resolve(found, blocked);
            Propose(text, opening.Short, IndexOfWord(text, opening.Short), "title-definition", found, discovered, proposed, known: true);
            provisional = proposed.Count == 1 ? proposed.First() : null;
        }

        if (proposed.Count == 0 && title is not null && !NamesItsOwn(text, mentions) && TitleLeadNames.Find(title, text, phrase => lexicon.Find(phrase)?.Type) is { } lead)
        {
            // "Warped Mixtures for Nonparametric Cluster Shapes" over "… our model performs better than …": the title
            // names what the abstract calls its own. Provisional: it stands only if it takes a claim. The abstract's
            // own form of the name, when it writes it ("a generalized Fisher score"), is a mention of it.
            // So are its initials ("Deep learning with Elastic Averaging SGD" over "the stability of EASGD").
            var at = text.IndexOf(lead.Name, StringComparison.OrdinalIgnoreCase);
            if (at < 0 && lead.Name.EndsWith('s') && text.IndexOf(lead.Name[..^1], StringComparison.OrdinalIgnoreCase) is var single && single >= 0
                && IndexOfWord(text, text.Substring(single, lead.Name.Length - 1), single) == single)
            {
                // "Hyper-Fisher Vectors for Action Recognition" over "the proposed Hyper-Fisher vector encoding": the singular.
                lead = (lead.Name[..^1], lead.Start);
                at = single;
            }

            var surface = at >= 0 ? text.Substring(at, lead.Name.Length) : CoinedNames.Initials(lead.Name);
            at = at >= 0 ? (IndexOfWord(text, surface, at) == at ? at : -1) : surface.Length >= 3 ? IndexOfWord(text, surface) : -1;
            if (at >= 0)
            {
                Propose(text, surface, at, "title-lead", found, discovered, proposed, known: true);
                mentions = Resolve(found, blocked);
            }
            else
            {
                Propose(title, lead.Name, lead.Start, "title-lead", null, discovered, proposed, known: true);
            }

            provisional = proposed.Count == 1 ? proposed.First() : null;
        }

        if (proposed.Count == 0 && title is not null && CoinedNames.TitlePrefix(title) is { } prefix && !NamesItsOwn(text, mentions)
            && !GenericTitleWords.Contains(prefix) && !IsSlogan(prefix) && lexicon.Find(prefix) is null && TitleLeadNames.OwnTechnique().IsMatch(text))
        {
            // "Non-Local Patch Regression: Robust Image Denoising in Patch Space" over "… the proposed … outperforms NLM": a
            // capitalised prefix the abstract never writes, when the abstract speaks of its own technique and names none.
            // Provisional, as a title's lead name is: it stands only if it takes a claim.
            Propose(title, prefix, title.IndexOf(prefix, StringComparison.Ordinal), "title-prefix", null, discovered, proposed, known: true);
            provisional = proposed.Count == 1 ? proposed.First() : null;
        }

        var titleMentions = new List<Candidate>();
        if (title is not null)
        {
            ScanLexicon(title, text, titleMentions);
            AddDiscoveredMentions(title, titleMentions, discovered);
            titleMentions = Resolve(titleMentions, []);
            AddTitleTasks(title, titleMentions, mentions);
        }

        return Assemble(text, mentions, titleMentions, proposed) with { Provisional = provisional };
    }

    // The coined definition whose long or short form is the whole noun phrase the title opens with (after an article, and
    // without a last "Algorithm"/"Method"/"Model"): "The KL-UCB Algorithm for …", "Tied Probabilistic Linear Discriminant
    // Analysis for Speech Recognition".
    private AcronymDefinition? TitleLeadDefined(string title, List<AcronymDefinition> definitions, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        if (definitions.Count == 0)
        {
            return null;
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 && words[0] is "The" or "A" or "An" ? 1 : 0;
        var end = first;
        while (end < words.Length && !CoinedNames.TitleBreaks.Contains(words[end]) && !words[end].EndsWith(':'))
        {
            end++;
        }

        if (end < words.Length && words[end].EndsWith(':'))
        {
            // A colon title is the title prefix's.
            return null;
        }

        if (end - first >= 2 && words[end - 1] is "Algorithm" or "Method" or "Model" or "Algorithms" or "Methods" or "Models")
        {
            end--;
        }

        if (end <= first)
        {
            return null;
        }

        var lead = EntityKey.Normalize(string.Join(' ', words[first..end]));
        foreach (var d in definitions)
        {
            // The title's words first: the lexicon's test of a coined name is the dearer one.
            var longForm = EntityKey.Normalize(d.Long);
            var shortForm = EntityKey.Normalize(d.Short);
            if ((lead == longForm || lead == shortForm || lead == longForm + "s" || lead + "s" == longForm || lead == shortForm + "s")
                && IsCoinedDefinition(d, discovered))
            {
                return d;
            }
        }

        return null;
    }

    // The abstract's one coined definition ("time-variant adaptation (TVA)", not a name a list knows, not an area) whose
    // long or short form the title writes, in an abstract that speaks of its own method.
    private AcronymDefinition? TitleDefined(string text, string title, List<AcronymDefinition> definitions, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        AcronymDefinition? only = null;
        foreach (var d in definitions)
        {
            if (!IsCoinedDefinition(d, discovered) || !(InTitle(title, d.Long) || InTitle(title, d.Short)) || !IntroducedBefore(text, d.LongStart))
            {
                continue;
            }

            if (only is not null && only.Short != d.Short)
            {
                return null;
            }

            only = d;
        }

        return only is not null && TitleLeadNames.SpeaksOfItsOwn(text) ? only : null;
    }

    // The definition a title opens with ("Sparse Online … Rejection (SOLO) for …", "Generalized Adaptive Network Coded
    // Cooperation (GANCC): …"), a technique's by its expansion, neither form known, its letters used in the abstract.
    private AcronymDefinition? TitleOpeningDefinition(string title, string text)
    {
        foreach (var d in Acronyms.Find(title))
        {
            var lead = title.AsSpan(0, d.LongStart);
            if (!(lead.IsEmpty || lead is "A " or "An " or "The ") || d.ShortStart < d.LongStart || !d.Long.Split(' ', '-').All(w => w.Length == 0 || char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "in" or "on" or "with" or "based" or "via" or "to"))
            {
                continue;
            }

            var norm = EntityKey.Normalize(d.Short);
            return NeitherFormKnown(d) && !lexicon.IsStopword(norm) && !lexicon.IsStopword(norm.TrimEnd('s')) && IndexOfWord(text, d.Short) >= 0
                && HeadNouns.OfPhrase(d.Long) is null or EntityType.Method or EntityType.Model ? d : null;
        }

        return null;
    }

    // A definition the abstract coins: kept as an entity, not an area, and neither form known to the lexicon.
    private bool IsCoinedDefinition(AcronymDefinition d, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered) =>
        discovered.TryGetValue(d.Short, out var seen) && seen.Type != EntityType.Task && !seen.Origin.StartsWith("lexicon", StringComparison.Ordinal)
        && NeitherFormKnown(d);

    private bool NeitherFormKnown(AcronymDefinition d) => lexicon.Find(d.Short) is null && lexicon.Find(d.Long) is null;

    // Where the sentence holding this position starts (just after the ". " before it, or at 0).
    private static int SentenceStart(string text, int at) => text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal) + 1;

    // Whether the title writes the phrase (ignoring case and the difference between a hyphen and a space), not as the
    // setting the work is done in ("… in Wireless Sensor Networks", "… for Cognitive Radio Networks").
    private static bool InTitle(string title, string phrase)
    {
        static string Flat(string s) => " " + string.Join(' ', s.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)) + " ";
        var flat = Flat(title);
        var at = phrase.Length > 0 ? flat.IndexOf(Flat(phrase), StringComparison.Ordinal) : -1;
        return at >= 0 && !SettingBefore().IsMatch(flat.AsSpan(0, at + 1));
    }

    [GeneratedRegex(@" (?:in|for|over|on|of|under|across|within|to|from|at) (?:(?:the|a|an|[\w-]+) ){0,2}$")]
    private static partial Regex SettingBefore();

    // A definition introduced by the few words before it: "we propose a novel …", "called the re-scale AdaBoost
    // (RAdaBoost)", "a novel Self Organizing Map, termed improved SOM (iSOM)".
    private static bool IntroducedBefore(string text, int at)
    {
        var from = SentenceStart(text, at);
        return IntroductionCue().IsMatch(text.AsSpan(from, at - from));
    }

    [GeneratedRegex(@"\b(?:proposed|novel|new|called|termed|named|denoted|dubbed)\b(?:\W+(?!(?:using|based|with|via|by|of|for|on|in)\b)\w+){0,3}\W+$", RegexOptions.IgnoreCase)]
    private static partial Regex IntroductionCue();

    // "the new QIGA2 algorithm outperforms the old QIGA algorithm": the abstract names its own technique, which a title
    // phrase ("Higher-Order Quantum-Inspired Genetic Algorithms") must not stand in for.
    private static bool NamesItsOwn(string text, List<Candidate> mentions)
    {
        foreach (var m in mentions)
        {
            if (!m.Origin.StartsWith("lexicon", StringComparison.Ordinal) && m.Type is EntityType.Method or EntityType.Model)
            {
                var before = text.AsSpan(0, m.Start);
                if (before.EndsWith("the new ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("our new ", StringComparison.OrdinalIgnoreCase)
                    || before.EndsWith("proposed ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("our ", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "the proposed MLDANet outperforms …", "our proposed SVMcompare algorithm": when nothing else is proposed, a name
    // the paper calls its own, and no list of the field knows, is what it introduces.
    private static void ProposeSelfNamed(string text, List<Candidate> mentions, HashSet<string> proposed)
    {
        foreach (var m in mentions)
        {
            // Two letters ("the proposed IA technique") are as often the area the contribution works in; "the proposed
            // DCS based approach" names what it is built on.
            if (m.Origin.StartsWith("lexicon", StringComparison.Ordinal) || m.Type is EntityType.Task or EntityType.Metric || m.End - m.Start <= 2
                || (m.End < text.Length && text[m.End] == '-') || text.AsSpan(m.End).StartsWith(" based", StringComparison.Ordinal))
            {
                continue;
            }

            if (mentions.Find(o => o.Key == m.Key) is { } firstMention && EarlierWork().IsMatch(text.AsSpan(Math.Max(0, firstMention.Start - 80), Math.Min(80, firstMention.Start))))
            {
                // "The recently proposed Minimal Complexity Machine (MCM) …  The proposed MCM dynamical system": the name is earlier work.
                continue;
            }

            var before = text.AsSpan(0, m.Start).TrimEnd();
            foreach (var cue in SelfNamingCues)
            {
                if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)])))
                {
                    proposed.Add(EntityKey.For(m.Type, m.Canonical));
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:recently|previously|originally|first) (?:proposed|introduced|developed)\b(?:(?!\.\s).)*$", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierWork();

    // "clustered using proposed ISFCM algorithm", "between the conventional FCM and proposed ISFCM": no article, after a preposition or "and".
    private static readonly string[] SelfNamingCues = ["the proposed", "our proposed", "the newly proposed", "our new", "our novel", "using proposed", "and proposed", "with proposed", "of proposed", "by proposed"];

    // Names known by their company ("like CKA, SVCCA, and relative representation similarity metrics", "a simple
    // Jaccard similarity index … outperforms CKA"), found everywhere they recur.
    private bool AddByCompany(string text, IEnumerable<Candidate> candidates, List<Candidate> found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        var added = new Dictionary<string, (EntityType Type, string Canonical, string Origin)>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (!discovered.ContainsKey(c.Canonical) && (lexicon.Find(c.Canonical) is not { } entry || IsOtherSense(entry, c.Canonical, text, null)))
            {
                added.TryAdd(c.Canonical, (c.Type, c.Canonical, c.Origin));
            }
        }

        foreach (var (name, entry) in added)
        {
            discovered[name] = entry;
        }

        AddDiscoveredMentions(text, found, added);
        return added.Count > 0;
    }

    private List<Token> ScanLexicon(string text, string? companion, List<Candidate> found)
    {
        var tokens = Tokenizer.Tokenize(text);
        Span<char> key = stackalloc char[256];
        var i = 0;
        while (i < tokens.Count)
        {
            LexiconEntry? best = null;
            var bestEnd = -1;
            var length = 0;
            for (var j = i; j < tokens.Count && j < i + MaxTokensPerName; j++)
            {
                if (j > i && !Tokenizer.Joinable(text, tokens[j - 1], tokens[j]))
                {
                    break;
                }

                // The normalised key grows token by token in place: lower-cased letters and digits.
                var t = tokens[j];
                if (length + t.Length > key.Length)
                {
                    break;
                }

                for (var k = t.Start; k < t.End; k++)
                {
                    key[length++] = char.ToLowerInvariant(text[k]);
                }

                var current = key[..length];
                // A phrase is looked up in the plural only when its singular key names an entry (no allocation before).
                if (best is null && (j == i || (length > 1 && key[length - 1] == 's' && lexicon.Lookup(key[..(length - 1)]) is not null))
                    && PluralName(text, tokens[i].Start, t.End) is { } plural)
                {
                    // "U-Nets", "DDPMs", "EfficientNets": a named model or technique in the plural.
                    best = plural;
                    bestEnd = j;
                }

                if (!lexicon.IsPrefix(current))
                {
                    break;
                }

                if (lexicon.Lookup(current) is { } hits && Accept(text, tokens[i].Start, tokens[j].End, hits) is { } entry && !lexicon.IsStopword(current))
                {
                    best = entry;
                    bestEnd = j;
                }
            }

            // "LN" inside "Mix-LN" is part of another name, not a mention of layer normalization.
            if (best is not null && best.Type != EntityType.Model && IsCompoundPart(text, tokens[i].Start, tokens[bestEnd].End))
            {
                best = null;
            }

            if (best is not null && !SenseFits(text, companion, best, tokens[i].Start, tokens[bestEnd].End, out var sensed))
            {
                best = sensed;
            }

            if (best is null)
            {
                i = bestEnd >= i ? bestEnd + 1 : i + 1;
                continue;
            }

            var start = tokens[i].Start;
            var end = tokens[bestEnd].End;
            if (best.Type == EntityType.Model && IsKindOf(text, end))
            {
                // "GPT-type models", "BERT-style encoders": a kind of model, not the model.
                i = bestEnd + 1;
                continue;
            }

            var extended = false;
            if (best.Type == EntityType.Model)
            {
                foreach (var c in ModelNames.Extend(text, tokens, i, bestEnd, best))
                {
                    found.Add(c);
                    extended = true;
                    end = Math.Max(end, c.End);
                }
            }

            if (!extended)
            {
                found.Add(new Candidate(start, end, best.Type, best.Name, "lexicon:" + best.Source, 2));
                if (best.Type == EntityType.Model)
                {
                    found.AddRange(ModelNames.Range(text, end, best));
                }
            }

            while (i < tokens.Count && tokens[i].Start < end)
            {
                i++;
            }
        }

        return tokens;
    }

    // Short forms whose meaning the abstract decides: "EM" is exact match only where questions are answered, and the EM
    // algorithm elsewhere; "AP" is average precision, except where it is a wireless access point.
    private bool SenseFits(string text, string? companion, LexiconEntry entry, int start, int end, out LexiconEntry? sensed)
    {
        sensed = entry;
        if (IsOtherSense(entry, text.Substring(start, end - start), text, companion))
        {
            sensed = null;
            return false;
        }

        if (entry.Name == "polynomial kernel" && Speaks(Kernelization(), text, companion) || OutsideNeuralText(entry, text, companion, start, end))
        {
            // A problem's "polynomial kernel" in parameterized complexity is no SVM kernel; the "scaling law" of a wireless
            // network's capacity is no study of how models scale, "OPT" in an approximation bound no language model, and
            // "Social Interactions" or "Computer Security" no benchmark where nothing neural is spoken of.
            sensed = null;
            return false;
        }

        if (entry.Type != EntityType.Metric || end - start != 2)
        {
            return true;
        }

        var surface = text.AsSpan(start, 2);
        if (surface.SequenceEqual("EM") && !QuestionAnswering().IsMatch(text))
        {
            sensed = lexicon.Find("expectation-maximization");
            return false;
        }

        if (surface.SequenceEqual("AP") && Wireless().IsMatch(text))
        {
            sensed = null;
            return false;
        }

        return true;
    }

    // Papers with Code names thousands of datasets by a few capitals that other fields use for other things: "SSC" (sparse
    // subspace clustering), "CSI" (channel state information), "SODA" (a venue). Letters only such a list knows are a
    // dataset only where the text (an abstract or a title; companion is the other) speaks of them as data, or where the
    // title is about them ("LCSTS: A Large Scale Chinese Short Text Summarization Dataset"); elsewhere they are unknown.
    private static bool IsOtherSense(LexiconEntry? entry, string surface, string text, string? companion) =>
        entry is { Type: EntityType.Dataset, Source: "pwc-snapshot" } && IsLetters(surface) && !IsData(text, surface) && !(companion is not null && IsData(companion, surface));

    // Two to five capitals or digits, starting with a capital: "SSC", "CSI", "E2E".
    private static bool IsLetters(ReadOnlySpan<char> surface) =>
        surface.Length is >= 2 and <= 5 && char.IsUpper(surface[0]) && !surface.ContainsAnyExcept(CapitalsAndDigits);

    private static readonly System.Buffers.SearchValues<char> CapitalsAndDigits = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    // The text opens with the letters ("LCSTS: A Large Scale …") or somewhere calls them data.
    private static bool IsData(string text, string letters) =>
        text.StartsWith(letters, StringComparison.Ordinal) && text.AsSpan(letters.Length).StartsWith(":", StringComparison.Ordinal) || SpokenOfAsData(text, letters);

    // Somewhere the text calls the letters data: "the SVHN dataset", "ORL, AR and LFW-a databases", "datasets such as
    // ORL and AR", "experiments on LFW".
    private static bool SpokenOfAsData(string text, string letters)
    {
        for (var at = IndexOfWord(text, letters); at >= 0; at = IndexOfWord(text, letters, at + letters.Length))
        {
            var sentence = SentenceStart(text, at);
            var before = text.AsSpan(sentence, at - sentence);
            if (DataNounAfter().IsMatch(text.AsSpan(at + letters.Length)) || DataListBefore().IsMatch(before)
                || EvaluatedOnBefore().IsMatch(before) && Evaluation().IsMatch(before))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:'s|-|,)? ?(?:(?:and |or |& )?[\w'-]+(?:\.\w+)*,? ){0,5}?(?:data ?sets?|databases?|benchmarks?|corpus|corpora|collections?|challenges?|competitions?|contests?|suites?|archives?|repositor(?:y|ies)|test ?sets?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DataNounAfter();

    [GeneratedRegex(@"\b(?:data ?sets?|databases?|benchmarks?|corpora|collections)(?: \([^)]*\))?(?: [\w-]+){0,3}:?,? \(?(?:such as |including |namely |like |e\.g\.,? |i\.e\.,? |viz\.,? )?(?:(?:and |or )?[\w'-]+(?: [\w'-]+)?,? ){0,5}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DataListBefore();

    [GeneratedRegex(@"\b(?:on|over)(?: the)? (?:[A-Z][\w'-]*,? (?:and |or )?){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex EvaluatedOnBefore();

    [GeneratedRegex(@"\b(?:experiments?|experimental|evaluat\w+|tested|trained|results|accuracy|accuracies|error rates?|performances?|state-of-the-art)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Evaluation();

    [GeneratedRegex(@"exact match|question answering|\bQA\b|SQuAD|reading comprehension|\bF1\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionAnswering();

    [GeneratedRegex(@"access points?|wireless|\bWLANs?\b|802\.11|Wi-?Fi|\bstations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Wireless();

    // A name of the neural-model era in a text that speaks of nothing neural, and neither opens the title with it, nor
    // introduces it ("We introduce Reformer, a model that …"), defines letters a list knows ("… (PRM)"), gives its size
    // ("OPT-1.3B"), nor calls it data ("the C4 dataset").
    private static bool OutsideNeuralText(LexiconEntry entry, string text, string? companion, int start, int end)
    {
        var surface = text.AsSpan(start, end - start);
        return NeuralOnly(entry, surface) && !Speaks(NeuralTraining(), text, companion) && !NamesTheTitle(surface, text, companion)
            && !(entry.Type == EntityType.Dataset && IsData(text, surface.ToString()))
            && !IntroducedRightBefore().Match(text, 0, start).Success && !(end + 1 < text.Length && text[end] == '-' && char.IsDigit(text[end + 1]))
            && !(entry.Source != "core" && text.Contains($"({surface})", StringComparison.Ordinal));
    }

    // Names of the neural-model era that are also plain words or letters elsewhere: the models and benchmarks of the
    // Hugging Face, HELM and lm-evaluation-harness lists, the worded methods of the PEFT/TRL and LLM-compression lists
    // ("Reward", "OneBit", "Plug-and-Play"; their letters, like BCO or SCOPE, name other techniques too), and a few short
    // names of the curated core.
    // Distinctive spellings ("MedGemma", "bAbI", "Segment Anything Model 3") are those names wherever they stand.
    private static bool NeuralOnly(LexiconEntry entry, ReadOnlySpan<char> surface) =>
        (entry.Type is EntityType.Model or EntityType.Dataset && entry.Source is "hf-transformers" or "helm" or "lm-eval-harness"
            || entry.Source is "hf-peft-trl" or "awesome-llm-compression" && surface.ContainsAnyInRange('a', 'z')) && !IsDistinctive(surface)
        || entry.Name is "scaling laws"
        || entry.Name is "OPT" or "Claude" or "MPT" or "SAM" or "C4" && !surface.Contains(' ') && !surface.Contains('-');

    private static bool IsDistinctive(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsDigit(name[i]) || (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "PEGASUS: A Policy Search Method for Large MDPs": the name the title opens with is the paper's own, whatever a list
    // calls it.
    private static bool NamesTheTitle(ReadOnlySpan<char> surface, string text, string? companion) =>
        OpensWithName(text, surface) || (companion is not null && OpensWithName(companion, surface));

    private static bool OpensWithName(string s, ReadOnlySpan<char> name)
    {
        var t = s.AsSpan().TrimStart();
        return t.StartsWith(name, StringComparison.OrdinalIgnoreCase) && t[name.Length..].TrimStart().StartsWith(':');
    }

    // The abstract or the title (whichever is not the text) says it.
    private static bool Speaks(Regex topic, string text, string? companion) => topic.IsMatch(text) || (companion is not null && topic.IsMatch(companion));

    [GeneratedRegex(@"kerneli[sz]|parameteri[sz]ed|fixed-parameter|\bFPT\b|\bW\[1\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Kernelization();

    [GeneratedRegex(@"\b(?:language models?|neural|deep learning|deep networks?|LLMs?|transformers?|pre-?train\w*|fine-?tun\w*|foundation[- ]models?|compute-optimal)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NeuralTraining();

    // A model or technique named in the plural ("EfficientNets", "U-Nets", "DDPMs", "Hidden Markov Models"): only
    // capitalised shapes whose singular the curated lexicon knows as a model or method, so that plain words are
    // never read as names, generic classes ("CNNs") stay out, and a plural the text defines for itself ("subshifts
    // of finite type (SFTs)") keeps its own meaning.
    private LexiconEntry? PluralName(string text, int start, int end)
    {
        var surface = text.AsSpan(start, end - start);
        // Several words ("Bayesian networks", "support vector machines") name the curated technique in the plural too.
        var phrase = surface.Contains(' ');
        if (surface.Length < 3 || surface[^1] != 's' || surface[^2] == 's' || (!phrase && (!char.IsUpper(surface[0]) || !surface[1..^1].ContainsAny(Capitals)))
            || start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')')
        {
            return null;
        }

        var singular = surface[..^1].ToString();
        if (lexicon.Find(singular) is not { Type: EntityType.Model or EntityType.Method, Source: "core" } entry
            || lexicon.IsStopword(EntityKey.Normalize(singular)) || lexicon.IsStopword(EntityKey.Normalize(surface.ToString())))
        {
            return null;
        }

        // "hidden conditional random fields (HCRFs)": a plural phrase the text goes on to define is the definition's.
        return text.Contains($"({surface})", StringComparison.Ordinal) || (phrase && text.AsSpan(end).StartsWith(" (", StringComparison.Ordinal)) ? null : entry;
    }

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool IsCompoundPart(string text, int start, int end) =>
        start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]) ||
        end + 1 < text.Length && text[end] == '-' && char.IsUpper(text[end + 1]);

    private static bool IsKindOf(string text, int end)
    {
        var rest = text.AsSpan(end);
        return rest.StartsWith("-type", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("-style", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("-like", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("-architecture", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith(" architectures", StringComparison.Ordinal) || rest.StartsWith("-family", StringComparison.OrdinalIgnoreCase);
    }

    private static LexiconEntry? Accept(string text, int start, int end, List<(LexiconEntry Entry, string Exact, string Form)> hits)
    {
        string? exact = null;
        var surface = text.AsSpan(start, end - start);
        foreach (var (entry, form, written) in hits)
        {
            if (Lexicon.IsNotTheForm(written, surface))
            {
                continue;
            }

            if (!Lexicon.NeedsExactCase(entry, form))
            {
                return entry;
            }

            exact ??= Lexicon.Exact(text[start..end]);
            if (Lexicon.CaseFits(form, exact))
            {
                return entry;
            }
        }

        return null;
    }

    private List<AcronymDefinition> DiscoverAcronyms(string text, string? title, List<Candidate> found, Dictionary<string, (EntityType, string, string)> discovered, List<(int, int)> blocked)
    {
        var kept = new List<AcronymDefinition>();

        // "Experts Weights Averaging: A New General Training Scheme …" and "… perform Experts Weights Averaging (EWA)": the
        // title names the definition as the paper's subject.
        var titleName = title is null ? null : CoinedNames.TitlePrefix(title);
        var all = Acronyms.Find(text).ToList();
        var typed = new Dictionary<AcronymDefinition, EntityType>();
        foreach (var d in all)
        {
            var shortNorm = EntityKey.Normalize(d.Short);
            var longNorm = EntityKey.Normalize(d.Long);
            var stoppedLetters = lexicon.IsStopword(shortNorm) || lexicon.IsStopword(shortNorm.TrimEnd('s'));
            var redefined = stoppedLetters && (RedefinedAsTechnique(d) || d.Short.Length >= 2 && d.Short.All(char.IsAsciiLetterUpper) && TechniqueHeadAfter(text, d));
            if ((stoppedLetters && !redefined) || lexicon.IsStopword(longNorm) || lexicon.Find(d.Long) is null && IsGenericModelClass(d.Long))
            {
                // "Large Language Models (LLMs)": neither side is an entity, nor are the letters elsewhere ("a new efficient LLVM family").
                blocked.Add((d.LongStart, d.LongStart + d.Long.Length));
                blocked.Add((d.ShortStart, d.ShortStart + d.Short.Length));
                var letters = d.Short.EndsWith('s') && d.Short.Length > 2 ? d.Short[..^1] : d.Short;
                // Only plain capitals: "ConvNet", "m-RNN" and "DenseNet" name particular networks as often as the class.
                var generic = !lexicon.IsStopword(shortNorm) && !lexicon.IsStopword(shortNorm.TrimEnd('s')) && !lexicon.IsStopword(longNorm) && !letters.Any(char.IsLower);
                if (generic)
                {
                    BlockWord(text, letters, blocked, keepAfterCapitalisedWord: false);
                }

                continue;
            }

            // "hidden Markov models (HMMs)": a plural expansion names the entry its singular names.
            var longEntry = lexicon.Find(d.Long) ?? (SingularLongForm(d.Long) is { } one ? lexicon.Find(one) : null) ?? FindBeforeHead(d);
            // The expansion decides between meanings of the letters: "Expectation Maximization (EM)" is no exact match.
            var shortEntry = lexicon.Find(d.Short);
            var entry = (shortEntry is not null && longEntry is not null && shortEntry.Type != longEntry.Type ? longEntry : shortEntry ?? longEntry) ?? FindTrimmed(d.Long);
            var lettersKnown = false;
            var notion = false;
            var otherSense = false;
            if (entry is { Type: EntityType.Task } && longEntry is null && HeadNouns.OfPhrase(d.Long) is { } head && head != EntityType.Task)
            {
                // "Extreme Adaptive Sparse Training (EAST)": the expansion says what this EAST is.
                entry = null;
            }
            else if (entry is { Type: EntityType.Dataset } && longEntry is null && FindTrimmed(d.Long) is null
                && ((HeadNouns.OfPhrase(d.Long) ?? KnownTail(d.Long) ?? UnknownExpansionType(text, d)) is EntityType.Method or EntityType.Model || TechniqueHeadAfter(text, d)))
            {
                // "This general optimization framework, called Non-Local Patch Regression (NLPR)": the paper defines its own
                // NLPR, a technique, whatever dataset a list knows by those letters. The letters stay known: a paper
                // that uses them is not taken to introduce them.
                entry = null;
                lettersKnown = true;
            }
            else if (entry is { Type: EntityType.Metric } && longEntry is null && FindTrimmed(d.Long) is null && ExpandsOtherwise(entry, d.Long))
            {
                // "an Access Point (AP) serves as a gateway": letters a list knows as a measure ("average precision"), which
                // the text defines as something else, are not that measure here or anywhere else in the abstract. What they
                // are instead only their own words say, or the paper's introducing them ("we propose Attentive Pooling (AP)").
                if (HeadNouns.OfPhrase(d.Long) is null && !IntroducedRightBefore().Match(text, 0, d.LongStart).Success)
                {
                    BlockWord(text, d.Short, blocked);
                    continue;
                }

                entry = null;
                lettersKnown = true;
                notion = true;
            }
            else if (entry is { Type: EntityType.Dataset } && longEntry is null && FindTrimmed(d.Long) is null && IsCommonNounPhrase(d.Long))
            {
                // "channel state information (CSI)", "software defined networking (SDN)": a lower-case expansion is a notion,
                // not the dataset a list knows by those letters (a dataset's full name is capitalised, or in the lexicon).
                entry = null;
                lettersKnown = true;
                notion = true;
            }
            else if (entry is { Type: EntityType.Dataset } && longEntry is null && FindTrimmed(d.Long) is null && HeadNouns.OfPhrase(d.Long) is null
                && IsOtherSense(entry, d.Short, text, title))
            {
                // "Reverse Sequence Mutation (RSM) and Partial Shuffle Mutation (PSM)": letters only a dataset list knows,
                // which the text never speaks of as data, are not that dataset; what they are, other rules may tell.
                entry = null;
                lettersKnown = true;
                otherSense = true;
            }

            if (entry is null && text.AsSpan(d.ShortStart + d.Short.Length).StartsWith(") data", StringComparison.Ordinal)
                && !text.AsSpan(d.ShortStart + d.Short.Length).StartsWith(") data structure", StringComparison.Ordinal))
            {
                // "Point-of-Interest (POI) data": a kind of data, not a named entity ("a novel … Bloom Filter (RSBF) data
                // structure" is one).
                continue;
            }

            if (entry is { Type: EntityType.Task } && shortEntry is null && KindNamedBefore().Match(text, 0, d.LongStart).Success)
            {
                // A task's name as the expansion ("generative question answering") does not make a named model a task.
                entry = null;
            }

            var type = entry?.Type ?? HeadNouns.OfPhrase(d.Long);
            if (entry is null && type == EntityType.Task && (TechniqueHeadAfter(text, d) || TechniqueHeadAfterNext(text, d, all)))
            {
                // "Pruning Rule Generation (PRG) algorithm", "Rule Reduct Generation (RG) and Modified Rule Generation (MRG)
                // algorithms": letters the text calls an algorithm name one, though their expansion ends in an activity.
                type = EntityType.Method;
            }

            if (entry is null && type == EntityType.Metric && !lettersKnown && NamesTechniqueElsewhere(text, d.Short))
            {
                // "weighted minimum mean square error (WMMSE) … the distributed WMMSE algorithm", "the MSNR protocol
                // outperforms the MHE protocol": letters the text calls an algorithm or protocol name one, though their
                // expansion ends in a measure.
                type = EntityType.Method;
            }

            if (entry is null && type == EntityType.Task && KindNamedBefore().Match(text, 0, d.LongStart) is { Success: true } kind)
            {
                // "an end-to-end neural network model, named Neural Generative Question Answering (genQA)": the noun the
                // naming word follows says what the letters are, though their expansion ends in an activity.
                type = kind.Groups["kind"].Value is "model" or "network" ? EntityType.Model : EntityType.Method;
            }

            if (entry is null && type == EntityType.Model && d.Short.EndsWith('s') && d.Long.EndsWith('s'))
            {
                // A plural class ("Energy-Based Models (EBMs)", "Sparse Autoencoders (SAEs)") is a kind of technique, not a runnable model.
                type = EntityType.Method;
            }

            type ??= KnownTail(d.Long) ?? UnknownExpansionType(text, d) ?? (string.Equals(titleName, d.Long, StringComparison.OrdinalIgnoreCase) || (lettersKnown && TechniqueHeadAfter(text, d))
                || (redefined && lexicon.IsStopword(shortNorm)) || TechniqueHeadAfterNext(text, d, all) ? EntityType.Method : null);
            if (type is null && entry is null && OwnKindsListed().Match(text, 0, d.LongStart) is { Success: true } own)
            {
                // "The proposed methods include the Reordering Adaptive Directed Acyclic Graph (RADAG), … and Voting based
                // Candidate Filtering (VCF)": what the paper's own methods are listed as is one of them.
                type = own.Groups["kind"].Value == "models" ? EntityType.Model : EntityType.Method;
            }

            if (type is null && entry is null && CoordinatedAfter(text, d, typed) is { } partner)
            {
                // "two methods called temporal extension descriptor (TED) and temporal division pyramid (TDP)": the second
                // of two coordinated definitions is a thing of the first's kind, though its own words would not say so.
                type = partner;
            }

            if (entry is null && type is EntityType.Model or EntityType.Method && IsInfrastructure(d.Long)
                && !(d.Long.Any(char.IsUpper) && NamedOrIntroducedBefore().Match(text, 0, d.LongStart).Success))
            {
                // "wireless sensor network (WSN)", "mobile ad hoc network (MANET)", "service oriented architecture (SOA)": a
                // network of devices or a system's design, not a trained model. Written in lower case: a paper coining a
                // name capitalises it ("Balanced Overlay Networks (BON)").
                type = null;
                notion = true;
            }
            else if (type is null && entry is null && UsedWithTechniqueHead(text, d.Short))
            {
                // "cooperative self-localization (CSL) … state-of-the-art CSL and DTT algorithms": coordinated under a technique's head
                // ("PIT algorithms" alone are as often algorithms for PIT).
                type = EntityType.Method;
            }

            if (type is null)
            {
                if (notion)
                {
                    // Nor are the letters an entity anywhere else in the abstract, nor a word inside the expansion
                    // ("Wireless Sensor NETworks").
                    BlockWord(text, d.Short, blocked);
                    blocked.Add((d.LongStart, d.LongStart + d.Long.Length));
                }
                else if (otherSense)
                {
                    // Nor is a list's name inside the expansion ("Partial Shuffle" of "Partial Shuffle Mutation").
                    blocked.Add((d.LongStart, d.LongStart + d.Long.Length));
                }

                continue;
            }

            typed[d] = type.Value;

            // "Static Weighted K-Means (SWK-Means)" is no plural.
            var canonical = entry?.Name ?? d.Short.TrimEnd('s') switch { var t when d.Short.EndsWith('s') && t.Length >= 2 && t.Any(char.IsUpper) && !d.Short.EndsWith("ss", StringComparison.Ordinal) && !d.Short.EndsWith("Means", StringComparison.OrdinalIgnoreCase) => t, _ => d.Short };
            var origin = entry is null && !lettersKnown ? "acronym-definition" : "lexicon+acronym-definition";
            found.Add(new Candidate(d.ShortStart, d.ShortStart + d.Short.Length, type.Value, canonical, origin, 6));
            found.Add(new Candidate(d.LongStart, d.LongStart + d.Long.Length, type.Value, canonical, origin, 5));
            discovered.TryAdd(d.Short, (type.Value, canonical, origin));
            discovered.TryAdd(d.Long, (type.Value, canonical, origin));
            if (SingularLongForm(d.Long) is { } singular)
            {
                // "wide residual networks (WRNs)" … "a 16-layer-deep wide residual network": the same thing, one of them.
                discovered.TryAdd(singular, (type.Value, canonical, origin));
            }

            kept.Add(d);
        }

        return kept;
    }

    [GeneratedRegex(@"\b(?:called|named|dubbed|termed|propose|introduce|present)\s+(?:[\w-]+\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NamedOrIntroducedBefore();

    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his (?:paper|work)) (?:\w+ )?(?:propose|introduce|present|develop)s?\s+(?:(?:a|an|the|new|novel|our)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex IntroducedRightBefore();

    [GeneratedRegex(@"\b(?:wireless|sensors?|ad[ -]?hoc|mobile|vehicular|area|mesh|access|cellular|social|delivery|optical|heterogeneous|generation|private|body|relay|frequency|cloud|cell|secondary|packet|interconnection|powered|communications?|trade|education|peer-to-peer|P2P|telephone|satellite|underwater|switched|mobility|partnership)\b.*\bnetworks?$|\b(?:service|services|oriented|driven|level|broker|triggered|monitoring)\b.*\barchitectures?$", RegexOptions.CultureInvariant)]
    private static partial Regex InfrastructureNetwork();

    // "wireless sensor network", and "Wireless Sensor Networks" or "Mobile Ad hoc Network" capitalised from their first word;
    // a name that only ends in one ("Generic Authentication Scheme for Mobile Ad-hoc Networks") is the paper's own.
    private static bool IsInfrastructure(string longForm) =>
        !longForm.Any(char.IsUpper) ? InfrastructureNetwork().IsMatch(longForm) : InfrastructureNetwork().Match(longForm.ToLowerInvariant()) is { Success: true, Index: 0 };

    // Lower-case words only, two or more, none of them saying "dataset" ("channel state information", not "wall street journal corpus").
    private static bool IsCommonNounPhrase(string longForm) =>
        longForm.Contains(' ', StringComparison.Ordinal) && !longForm.Any(char.IsUpper) && !DatasetWord().IsMatch(longForm);

    [GeneratedRegex(@"\b(?:data ?sets?|corpus|corpora|benchmarks?|databases?|collections?|banks?|challenges?|contests?|competitions?|suites?|archives?|repositor(?:y|ies))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatasetWord();

    private static bool UsedWithTechniqueHead(string text, string letters) => AnyUseFollowedBy(text, letters, TechniqueHeadNext());

    // Some use of the letters as a word is followed by what the pattern (anchored at its start) matches.
    private static bool AnyUseFollowedBy(string text, string letters, Regex next)
    {
        for (var at = IndexOfWord(text, letters, 0); at >= 0; at = IndexOfWord(text, letters, at + letters.Length))
        {
            if (next.IsMatch(text.AsSpan(at + letters.Length)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^ (?:and|or) [A-Z][\w-]* (?:algorithms|methods|approaches|schemes|techniques|estimators)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueHeadNext();

    // The letters stand right before a technique's noun somewhere in the text ("the MSNR protocol", "WMMSE algorithm"), not
    // a measure's ("the FDR criterion", "SNR estimator") nor a verb ("the BER approaches zero").
    private static bool NamesTechniqueElsewhere(string text, string letters) => AnyUseFollowedBy(text, letters, TechniqueNounNext());

    [GeneratedRegex(@"^\)? (?:algorithms?|methods?|protocols?|schemes?|techniques?|approach|framework)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueNounNext();

    // Every use of the letters, but not inside a hyphenated name built on them ("MoE-LLaVA", "CBC-SSAF") nor, when asked, after
    // a capitalised word inside a sentence ("Coordinate-Interleaved Scaled CODs").
    private static void BlockWord(string text, string word, List<(int, int)> blocked, bool keepAfterCapitalisedWord = true)
    {
        for (var at = IndexOfWord(text, word, 0, allowPlural: true); at >= 0; at = IndexOfWord(text, word, at + word.Length, allowPlural: true))
        {
            var joined = (at > 0 && text[at - 1] == '-') || (at + word.Length < text.Length && text[at + word.Length] == '-');
            var named = keepAfterCapitalisedWord && at >= 2 && text[at - 1] == ' ' && text.LastIndexOf(' ', at - 2) is var space && space > 0 && char.IsUpper(text[space + 1]) && space + 1 < at - 1
                && text[space - 1] is not ('.' or ':' or ';');
            if (!joined && !named)
            {
                blocked.Add((at, at + word.Length));
            }
        }
    }

    // "propose the …", "present computationally efficient …": plain words before the first of coordinated definitions.
    [GeneratedRegex(@"^(?:(?:the|an?|two|three|(?!(?:of|for|to|with|on|in|by|from|and|or)\b)[a-z]+(?:ly)?) ){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainLead();

    [GeneratedRegex(@"\b[Tt]he (?:proposed|new|novel) (?<kind>methods|algorithms|approaches|techniques|models|schemes) (?:include|are|comprise):? (?:(?:the |a |an )?[^.;:()]{3,80} \([A-Za-z0-9-]+\),? (?:and )?){0,5}(?:the |a |an )?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex OwnKindsListed();

    [GeneratedRegex(@"\b(?<kind>model|network|method|algorithm|approach|framework|system|architecture|technique),? (?:called|named|dubbed|termed) (?:as )?(?:the )?(?:[A-Z][\w-]* ){0,2}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex KindNamedBefore();

    // "the Minimum Message Length (MML) principle", "the Gaussian belief propagation (GaBP) algorithm": the noun after the
    // parenthesis says the letters name a technique here.
    private static bool TechniqueHeadAfter(string text, AcronymDefinition d)
    {
        var after = text.AsSpan(Math.Min(text.Length, d.ShortStart + d.Short.Length));
        return after.StartsWith(") principle", StringComparison.Ordinal) || after.StartsWith(") method", StringComparison.Ordinal)
            || after.StartsWith(") algorithm", StringComparison.Ordinal) || after.StartsWith(") approach", StringComparison.Ordinal)
            || after.StartsWith(") estimator", StringComparison.Ordinal) || after.StartsWith(") criterion", StringComparison.Ordinal)
            || after.StartsWith(") technique", StringComparison.Ordinal) || after.StartsWith(") scheme", StringComparison.Ordinal)
            || after.StartsWith(") protocol", StringComparison.Ordinal);
    }

    // The definition coordinated right after this one ("(RG) and Modified Rule Generation (MRG) algorithms") is followed by
    // a technique's head noun.
    private static bool TechniqueHeadAfterNext(string text, AcronymDefinition d, IReadOnlyList<AcronymDefinition> all)
    {
        var close = d.ShortStart + d.Short.Length;
        var after = text.AsSpan(Math.Min(text.Length, close));
        if (!after.StartsWith(") and ", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var next in all)
        {
            if (next.LongStart == close + 6)
            {
                return TechniqueHeadAfter(text, next);
            }
        }

        return false;
    }

    // "regularized random forest (RRF)", "kernel logistic regression (KLR)": an expansion that ends with a known
    // technique or model is a variant of it, of the same type.
    private EntityType? KnownTail(string longForm)
    {
        var words = longForm.Split(' ');
        for (var n = Math.Min(3, words.Length - 1); n >= 1; n--)
        {
            if (lexicon.Find(string.Join(' ', words[^n..])) is { Type: EntityType.Method or EntityType.Model } entry)
            {
                return entry.Type;
            }
        }

        return null;
    }

    // An unknown expansion with no telling head noun: a technique is the most common case, but only when the long
    // form reads like a proper name (capitalised words) or the text says what it is right around a lower-case one.
    private static EntityType? UnknownExpansionType(string text, AcronymDefinition d)
    {
        var last = d.Long[(d.Long.LastIndexOfAny([' ', '-']) + 1)..];
        if (last.Length >= 2 && last.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && d.Short.Contains(last, StringComparison.Ordinal))
        {
            // "graph-based SFA (GSFA)", "hierarchical GSFA (HGSFA)": a variant of a technique known by its short form.
            return EntityType.Method;
        }

        if (d.Long.Split(' ', '-').Any(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsUpper(w[1]) && w.Skip(2).Any(char.IsLower)))
        {
            // "LAyer-SElective Rank reduction (LASER)", "Efficient MOdel (EMO)": capitals picked out inside words coin a name.
            return EntityType.Method;
        }

        if (!d.Long.Split(' ', '-').All(w => w.Length == 0 || char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "in" or "to" or "with" or "on" or "from" or "via" or "by" or "as" or "at" or "a" or "an" or "without"))
        {
            // "the relaxed survey propagation (RSP) algorithm", "a new algorithm, named maximal projection on minimum
            // eigenspace (MPME)", "The first algorithm, topological value iteration (TVI)". A looser "we propose"
            // nearby is not enough: lower-case phrases there are as often parts or settings. "(SWE) model" is no
            // sign either: equations and statistical models are called models too.
            return LowerCaseDefinitions.NameATechnique(text, d) || PassivelyIntroduced(text, d) ? EntityType.Method : null;
        }

        // A plain capitals acronym of capitalised words is as often a device, standard or venue ("Long Term Evolution
        // (LTE)", "Base Stations (BSs)") as a technique: keep it only when the paper introduces it, or when the short
        // form is itself coined ("CeTaD", "oBERT", "DDP-ASR"), or when the noun after it says it is one ("a Last In First
        // Out (LIFO) algorithm").
        return IsPlainAcronym(d.Short) && !IntroducedNear(text, d.LongStart) && !PassivelyIntroduced(text, d) && !LowerCaseDefinitions.ListedAsTechnique(text, d)
            && !TechniqueHeadAfter(text, d) ? null : EntityType.Method;
    }

    // "In this paper, a novel Bayesian Continuous-valued Label Aggregator (BCLA) is proposed", "the Multicore Cluster Model
    // (MCM) is proposed": a definition that opens its noun phrase, right before a present passive of introduction, is this
    // paper's own. Not earlier work ("Recently, a Distribution Separation Method (DSM) is proposed", "… have been proposed"),
    // nor a name inside a phrase ("a scheme based on the Diffie-Hellman (DH) algorithm is proposed"). A relative clause or
    // a closing comma may come between: "a novel unsupervised feature transformation (UFT) which can transform … is
    // developed", "…, the approximate maximum-likelihood certificate (AMLC), is introduced".
    private static bool PassivelyIntroduced(string text, AcronymDefinition d)
    {
        var close = d.ShortStart + d.Short.Length;
        if (close >= text.Length || text[close] != ')')
        {
            return false;
        }

        // "affine DTW (ADTW) and regional DTW (RDTW), are proposed": the first of two definitions is introduced with the second.
        var at = close + 1;
        while (NextDefinition().Match(text, at) is { Success: true } next && next.Index == at)
        {
            at += next.Length;
        }

        if (PassiveIntroduction().Match(text, at) is not { Success: true } passive || passive.Index != at)
        {
            return false;
        }

        var sentence = SentenceStart(text, d.LongStart);
        var lead = text.AsSpan(sentence, d.LongStart - sentence);
        while (PreviousDefinition().Match(lead.ToString()) is { Success: true } previous)
        {
            // The second or third of the definitions ("Two ranking algorithms, cost-based ranking (CR) and tree-based ranking
            // (TR), are proposed") is set up by the words before the first, when those end a phrase: not "Taking full
            // advantages of both heterogeneous networks (HetNets) and cloud radio access networks (CRANs), H-CRANs are …".
            // The long form starts at the first word with the short form's first letter, among as many last words as it has letters.
            var words = previous.Groups["word"].Captures;
            var shortForm = previous.Groups["short"].Value;
            var first = -1;
            for (var w = Math.Max(0, words.Count - shortForm.Length - 1); w < words.Count && first < 0; w++)
            {
                first = char.ToLowerInvariant(words[w].Value[0]) == char.ToLowerInvariant(shortForm[0]) ? words[w].Index : -1;
            }

            var before = first < 0 ? "" : lead[..first].ToString();
            if (first < 0 || !before[(before.LastIndexOf(',') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(NounPhraseOpeners.Contains))
            {
                // A list the words before do not set up: "the technique … based on discrete wavelet transform (DWT), stationary
                // wavelet transform (SWT) and … has been proposed" introduces none of its members. A definition set off by a
                // comma alone, ending none ("… radio access networks (CRANs), heterogeneous cloud radio access networks
                // (H-CRANs) are presented"), is no list: the words after the comma open the phrase.
                if (at != close + 1 || previous.Value.TrimEnd().EndsWith("and", StringComparison.Ordinal))
                {
                    return false;
                }

                break;
            }

            lead = lead[..first];
        }

        if (EarlierWorkCue().IsMatch(lead))
        {
            return false;
        }

        // "has been proposed", or a name without an indefinite article that "is developed" ("Address Resolution Protocol
        // (ARP) is developed to find …", "The Telecare medicine information system (TMIS) is developed to …"), is this
        // paper's only when the sentence says so: "In this paper, the Multicore Cluster Model (MCM) has been proposed".
        var end = text.IndexOf(". ", passive.Index, StringComparison.Ordinal);
        var comma = lead.LastIndexOf(',');
        var opening = (comma >= 0 ? lead[(comma + 1)..] : lead).TrimStart();
        var indefinite = opening.StartsWith("a ", StringComparison.OrdinalIgnoreCase) || opening.StartsWith("an ", StringComparison.OrdinalIgnoreCase);
        // "As a result, a memetic ABC (MABC) algorithm has been developed that …": with an indefinite article and no
        // citation, the perfect is this paper's too.
        var rest = text.AsSpan(passive.Index, (end < 0 ? text.Length : end) - passive.Index);
        var cited = rest.Contains('[') || rest.Contains("et al", StringComparison.Ordinal) || CitationYear().IsMatch(rest) || EarlierWorkCue().IsMatch(rest);
        if (((passive.Groups["perfect"].Success && (!indefinite || cited)) || (!indefinite && passive.ValueSpan.EndsWith("developed", StringComparison.Ordinal))) && !ThisPaper().IsMatch(text.AsSpan(sentence, (end < 0 ? text.Length : end) - sentence)))
        {
            return false;
        }

        if (HybridOpening().IsMatch(opening))
        {
            // "a novel hybrid data clustering approach using Flower Pollination Algorithm and K-Means (FPAKM) is proposed":
            // the letters name the new approach the words it combines make.
            return true;
        }

        // The words before the long form, after the sentence's opening phrase ("In this paper, "), only set it up.
        // A compound adjective may stand among them ("a novel population-based across neighbourhood search (ANS)"), and an
        // appositive's "termed" ("a novel Self Organizing Map, termed improved SOM (iSOM), is proposed").
        foreach (var word in opening.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!NounPhraseOpeners.Contains(word) && !(word.Contains('-', StringComparison.Ordinal) && word.All(c => char.IsAsciiLetterLower(c) || c == '-'))
                && !(comma >= 0 && word is "termed" or "called" or "named" or "dubbed" or "namely"))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:a|an) (?:new|novel) (?:[a-z][\w-]* ){0,4}?(?:approach|method|algorithm|technique|scheme|model|framework) (?:using|combining)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HybridOpening();

    [GeneratedRegex(@"\G,?\s+(?:(?:algorithm|method|approach|model|technique|framework|scheme|system|architecture|classifier|network|strategy|procedure)s?\s+)?(?:(?:for|with) [\w -]{1,40}?\s+|(?:which|that) [\w -]{1,80}?,?\s+)?(?:is|are|(?<perfect>has been|have been)) (?:proposed|presented|introduced|developed)\b(?! to be\b| in (?:the )?(?:literature|past)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveIntroduction();

    [GeneratedRegex(@"\b(?:[Rr]ecently|[Pp]reviously|[Ee]arlier|[Tt]raditionally|[Oo]riginally|et al)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierWorkCue();

    // "we propose two methods, namely", "Two segmentation approaches are introduced and tested in this paper, namely".
    [GeneratedRegex(@"(?:\b[Ww]e (?:propose|introduce|present|develop|design)|\b(?:[Tt]his|[Tt]he present) (?:paper|work|article) (?:proposes|introduces|presents|develops))\s+(?:two|three|four|several|[2-9])\s+(?:[\w-]+\s+){0,4}?(?:methods|approaches|algorithms|techniques|schemes|models|strategies|variants|frameworks|estimators|architectures|procedures|heuristics|measures)\b[^.;:]{0,80}?,?\s+namely,?\s+|(?<![\w-])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[2-9])\s+(?:[\w-]+\s+){0,4}?(?:methods|approaches|algorithms|techniques|schemes|models|strategies|variants|frameworks|estimators|architectures|procedures|heuristics|measures)\b[^.;:]{0,120}?\b(?:are|were)\s+(?:\w+\s+)?(?:proposed|introduced|presented|developed|designed)\b[^.;:]{0,60}?,?\s+namely,?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CountedNamely();

    // What joins the items of a list: commas, "and", "or", an article, the head noun an item ends with ("the expanding window
    // IDNC (EW-IDNC) algorithm and the non-overlapping window IDNC (NOW-IDNC) algorithm").
    [GeneratedRegex(@"^(?:\s|,|\band\b|\bor\b|\bthe\b|\b(?:algorithm|method|approach|scheme|technique|model|strategy|heuristic)\b)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListJoint();

    [GeneratedRegex(@"\G(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Za-z][\w-]*\s+){1,8}\([A-Za-z][\w-]*\)(?=,?\s)", RegexOptions.CultureInvariant)]
    private static partial Regex NextDefinition();

    [GeneratedRegex(@"(?:(?<word>[A-Za-z][\w-]*)\s+){1,8}\((?<short>[A-Za-z][\w-]*)\)(?:,\s*(?:and\s+)?|\s+and\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PreviousDefinition();

    // "Our virtualized DNN (vDNN) reduces …", "Our online sufficient dimensionality reduction (OSDR) …": letters defined
    // right after "our" name the paper's own, when no list knows them and they are no measure or area.
    private bool OursDefined(string text, AcronymDefinition d, EntityType type) =>
        type is not (EntityType.Metric or EntityType.Task) && DefinedRightAfter(text, d, "our ") && NeitherFormKnown(d) && !MeasuredAfter().IsMatch(text.AsSpan(d.ShortStart + d.Short.Length));

    // "The resulting Random EMbedding Bayesian Optimization (REMBO) algorithm is very simple", "the resulting Pitman-Yor
    // Mixture (PYM) entropy estimator is consistent": letters defined for what the paper's own steps result in, when a
    // technique's noun follows them and no list knows them.
    private bool ResultingDefinition(string text, AcronymDefinition d, EntityType type) =>
        type is EntityType.Method or EntityType.Model && DefinedRightAfter(text, d, "the resulting ") && TechniqueNounAfter().IsMatch(text.AsSpan(d.ShortStart + d.Short.Length)) && NeitherFormKnown(d);

    // "we propose to: a) capture the texture by a novel Pairwise Rotation Invariant … (PRICoLGBP) descriptor": letters defined
    // right after "a novel", a technique's noun after them, in a sentence of the paper's own doing that recalls no earlier work.
    private bool NovelDefinitionWeUse(string text, AcronymDefinition d, EntityType type)
    {
        if (type is not (EntityType.Method or EntityType.Model) || !(DefinedRightAfter(text, d, "a novel ") || DefinedRightAfter(text, d, "a new "))
            || !TechniqueNounAfter().IsMatch(text.AsSpan(d.ShortStart + d.Short.Length)) || !NeitherFormKnown(d))
        {
            return false;
        }

        var sentence = SentenceStart(text, d.LongStart);
        var lead = text.AsSpan(sentence, d.LongStart - sentence);
        return WeVoice().IsMatch(lead) && !EarlierWorkCue().IsMatch(lead) && !lead.Contains('[');
    }

    [GeneratedRegex(@"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|article|letter))\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeVoice();

    // Whether the definition's long form follows right after these words, starting a word ("our ", "the resulting ").
    private static bool DefinedRightAfter(string text, AcronymDefinition d, string words) =>
        d.LongStart >= words.Length && text.AsSpan(d.LongStart - words.Length, words.Length).Equals(words, StringComparison.OrdinalIgnoreCase)
        && (d.LongStart == words.Length || !char.IsLetter(text[d.LongStart - words.Length - 1]));

    [GeneratedRegex(@"^\)\s+(?:[\w-]+\s+)?(?:algorithm|method|approach|model|scheme|technique|framework|estimator|classifier|procedure|network|decoder|filter|receiver|policy|planner|solver|descriptor)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueNounAfter();

    // "We present two optimal MDP algorithms. The first algorithm, topological value iteration (TVI), detects …": the
    // numbered members of the techniques the paper announces are its own, when no list knows them.
    private bool OrdinalAppositive(string text, AcronymDefinition d)
    {
        var sentence = SentenceStart(text, d.LongStart) + 1;
        return sentence >= 2 && sentence < d.LongStart && OrdinalLead().IsMatch(text.AsSpan(sentence, d.LongStart - sentence))
            && CoinedNames.AnnouncesSeveral().IsMatch(text.AsSpan(0, sentence)) && NeitherFormKnown(d);
    }

    [GeneratedRegex(@"^The (?:first|second|third|fourth) (?:new |proposed )?(?:algorithm|method|approach|model|technique|scheme|variant|estimator|solver), (?:(?:called|termed|named|dubbed) )?$", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalLead();

    // "This paper presents an end-to-end neural network model, named Neural Generative Question Answering (genQA), …", "We
    // then describe an algorithm, Non-Stationary Direct Policy Iteration (NSDPI), that …", "the gap is further bridged by a
    // novel framework -- recurrent polynomial network (RPN)": a definition set off after what the sentence introduces.
    private bool AppositiveToIntroduction(string text, AcronymDefinition d)
    {
        var sentence = SentenceStart(text, d.LongStart);
        return d.LongStart > sentence && IntroductionThenAppositive().IsMatch(text.AsSpan(sentence, d.LongStart - sentence)) && NeitherFormKnown(d);
    }

    [GeneratedRegex(@"(?:\b(?:[Ww]e|[Tt]his (?:paper|work|article|letter))\s+(?:\w+\s+)?(?:propose|present|introduce|develop|describe|design|devise)[sd]?\s+(?:an?|the)\s+|\b(?:an?) (?:novel|new)\s+)(?:[\w-]+\s+){0,4}?(?:method|approach|algorithm|model|framework|technique|scheme|system|architecture|procedure|estimator|classifier|network|strategy|mechanism)(?:\s*,\s*(?:named|called|termed|dubbed|namely)?|\s+--|\s*—|\s*:)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IntroductionThenAppositive();

    // "our Frequency Ring Correlation (FRC) analysis": letters that name what is measured, not a technique.
    [GeneratedRegex(@"^\)\s+(?:analysis|analyses|metric|metrics|measure|measures|score|scores|index|value|values|curve|curves|plot|plots)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MeasuredAfter();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex CitationYear();

    [GeneratedRegex(@"\b(?:[Tt]his (?:paper|work|letter|article|study)|[Hh]ere)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThisPaper();

    private static bool VariantOfDefinedBefore(string text, string name, int start)
    {
        // Defined before, though perhaps not kept as a technique ("subband adaptive filter (SAF)").
        if (start <= 0 || text.LastIndexOf("(" + name + ")", start, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd();
        var space = before.LastIndexOf(' ');
        return space >= 0 && before[(space + 1)..] is "modified" or "improved" or "extended" or "enhanced" or "generalized" or "generalised" or "new" or "novel";
    }

    private static readonly HashSet<string> NounPhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "novel", "new", "improved", "efficient", "simple", "hybrid", "modified", "robust", "fast", "effective", "adaptive",
        "generalized", "generalised", "so-called", "unique", "two", "three",
    };

    // "Nearest Neighbor Heuristic (NN)", "approximate policy iteration (API)": letters the stop list keeps out for their
    // usual sense (a neural network, a programming interface), defined here as a technique's name.
    private bool RedefinedAsTechnique(AcronymDefinition d)
    {
        var last = d.Long[(d.Long.LastIndexOf(' ') + 1)..];
        return d.Long.Contains(' ', StringComparison.Ordinal) && (TechniqueHeads.Contains(last) || HeadNouns.OfPhrase(d.Long) == EntityType.Method && last.Equals("classification", StringComparison.OrdinalIgnoreCase))
            && !IsGenericModelClass(d.Long) && !lexicon.IsStopword(EntityKey.Normalize(d.Long));
    }

    // "we propose an efficient EM algorithm (L0EM) that …": a coined name in brackets after the technique the sentence
    // introduces, whose letters do not spell the words before (no definition), names it.
    private bool NamesTheTechniqueBefore(string text, string name, int start)
    {
        var before = text.AsSpan(0, start - 1).TrimEnd();
        var space = before.LastIndexOf(' ');
        return start + name.Length < text.Length && text[start + name.Length] == ')' && before[(space + 1)..].ToString() is var kind && (TechniqueHeads.Contains(kind) || BuiltKinds.Contains(kind))
            && name.Any(char.IsUpper) && name.Any(c => char.IsDigit(c) || char.IsLower(c)) && lexicon.Find(name) is null
            && !Acronyms.Find(text).Any(d => d.ShortStart == start);
    }

    private static readonly HashSet<string> TechniqueHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "heuristic", "iteration", "algorithm", "search", "method", "descent", "ascent", "sampling", "regression", "estimation", "estimator", "clustering",
        "optimization", "optimisation", "propagation", "filtering", "filter", "classifier", "learning",
    };

    // Kinds of thing a paper builds, after which a name in parentheses names it ("Our decoder (Masked VByte)").
    private static readonly HashSet<string> BuiltKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "decoder", "encoder", "solver", "approach", "framework", "technique", "scheme", "architecture",
    };

    // The singular of a plural multi-word expansion ("wide residual networks" → "wide residual network"), or null.
    private static string? SingularLongForm(string longForm)
    {
        var space = longForm.LastIndexOf(' ');
        if (space < 0 || longForm.Length < 4 || !longForm.EndsWith('s') || longForm.EndsWith("ss", StringComparison.Ordinal))
        {
            return null;
        }

        var last = longForm[(space + 1)..];
        var singular = last.Singularize(inputIsKnownToBePlural: true);
        return singular.Length > 0 && !string.Equals(singular, last, StringComparison.Ordinal) ? longForm[..(space + 1)] + singular : null;
    }

    private static bool IsPlainAcronym(string shortForm)
    {
        var end = shortForm.EndsWith('s') ? shortForm.Length - 1 : shortForm.Length;
        for (var i = 0; i < end; i++)
        {
            if (!char.IsAsciiLetterUpper(shortForm[i]))
            {
                return false;
            }
        }

        return true;
    }

    // An introduction cue shortly before a definition: "we propose …", "called …", "abbreviated as …", "our …".
    private static bool IntroducedNear(string text, int at)
    {
        var from = Math.Max(0, at - 120);
        var window = text.AsSpan(from, at - from);
        var sentence = window.LastIndexOf(". ");
        if (sentence >= 0)
        {
            window = window[(sentence + 2)..];
        }

        foreach (var cue in IntroductionCues)
        {
            if (window.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "We refer to this algorithm as Parallel Stroked Multi Line (PSML)".
        return RefersToItsOwnAs().IsMatch(window);
    }

    [GeneratedRegex(CoinedNames.RefersToItsOwnAs + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex RefersToItsOwnAs();

    private static readonly string[] IntroductionCues =
    [
        "we propose", "we introduce", "we present", "we develop", "we design", "we term", "we call", "we name", "we dub", "called", "named", "dubbed",
        "termed", "abbreviated as", "our ", "novel", "new ", "this paper proposes", "this paper presents", "this paper introduces", "this work proposes",
        "this work presents", "this work introduces", "is proposed", "are proposed", "is introduced", "is presented",
    ];

    // "the Mask-Enhanced Autoregressive Prediction" → try without a leading function word. Content words
    // are never dropped: "Tie-rank Oriented Direct Preference Optimization (TODO)" is not DPO.
    // "Affinity propagation clustering (AP)": the letters leave out the head noun after a known technique's name.
    private LexiconEntry? FindBeforeHead(AcronymDefinition d)
    {
        var space = d.Long.LastIndexOf(' ');
        if (space < 0 || d.Long[(space + 1)..].ToLowerInvariant() is not ("clustering" or "algorithm"))
        {
            return null;
        }

        // The letters are the name's initials, one per word: not "Bayesian Optimization Algorithm (BOA)", whose A is the head's.
        var name = d.Long[..space];
        var initials = string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0])));
        return string.Equals(initials, d.Short.ToUpperInvariant(), StringComparison.Ordinal) && lexicon.Find(name) is { Type: EntityType.Method or EntityType.Model } entry ? entry : null;
    }

    // The entry spells its letters out ("average precision") and the text's expansion shares no word with any of those
    // spellings ("Access Point"): the text means something else by them. "Dice similarity coefficient" still shares "Dice".
    private static bool ExpandsOtherwise(LexiconEntry entry, string longForm)
    {
        var spelled = entry.Aliases.Append(entry.Name).Where(f => f.Contains(' ', StringComparison.Ordinal)).ToList();
        if (spelled.Count == 0)
        {
            return false;
        }

        var words = Words(longForm);
        return !spelled.Any(f => Words(f).Overlaps(words));

        static HashSet<string> Words(string phrase) =>
            phrase.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).Select(w => w.TrimEnd('s')).ToHashSet(StringComparer.Ordinal);
    }

    private LexiconEntry? FindTrimmed(string longForm)
    {
        var space = longForm.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var first = longForm[..space];
        return first.ToLowerInvariant() is "the" or "a" or "an" or "our" or "standard" or "vanilla" ? lexicon.Find(longForm[(space + 1)..]) : null;
    }

    // "we develop a solution based upon Gaussian belief propagation (GaBP)", "a framework using the Tensor Train
    // decomposition (TT)", "we propose to use a statistical shape model (SSM)": a definition after "based on", "using",
    // "to use" or "versions of" is what the new thing is built from or what is used; "an algorithm for training deep
    // Boltzmann machines (DBMs)" names what it trains.
    private static bool BuiltOnBefore(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        foreach (var cue in BuiltOnCues)
        {
            var at = between.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                // "a logic based on first-order CTL, namely Game Analysis Logic (GAL)": a naming word after the base names the new thing.
                // "a low-complexity variant of BP, referred to as stochastic belief propagation (SBP)", "a nonparametric
                // generalization of belief propagation, Kernel Belief Propagation (KBP)": so does an appositive after a kind of thing.
                var after = between[at..];
                // "two new greedy approaches for reconstruction: Quantized Compressed Sampling Matching Pursuit (QCoSaMP) and …":
                // a colon lists the new things by name.
                return !(after.Contains("namely", StringComparison.Ordinal) || after.Contains("called", StringComparison.Ordinal) || after.Contains(": ", StringComparison.Ordinal) || after.Contains("named", StringComparison.Ordinal)
                    || after.Contains("termed", StringComparison.Ordinal) || after.Contains("dubbed", StringComparison.Ordinal) || after.Contains("refer", StringComparison.Ordinal)
                    || (KindOfCues.Contains(cue) && NamesAfterKind(after)));
            }
        }

        return false;
    }

    // "a linear programming (LP)-based rounding algorithm", "a random unitary beamforming (RUB) based scheme": the
    // definition names what the new thing is based on.
    private static bool BaseOfWhatFollows(string text, AcronymDefinition d)
    {
        var close = d.ShortStart + d.Short.Length;
        var after = text.AsSpan(Math.Min(text.Length, close));
        // "a Symbolic Pattern Associator (SPA) based upon ID3" is the new thing, built on what follows.
        return after.StartsWith(")-based", StringComparison.Ordinal)
            || (after.StartsWith(") based", StringComparison.Ordinal) && !after.StartsWith(") based on", StringComparison.Ordinal) && !after.StartsWith(") based upon", StringComparison.Ordinal))
            || after.StartsWith(")-aided", StringComparison.Ordinal) || after.StartsWith(")-assisted", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\S*-(?:based|guided|driven|aware) ")]
    private static partial Regex ModifierSuffix();

    // "a modification of the CAS algorithm known as CASGC", "a variant of LLE …: Acyclic LLE (ALLE)", "a generalization of
    // expected utility that we call generalized EU (GEU)", "a generalization of the two existing schemes through a dynamic QMF (DQMF) strategy".
    private static bool NamesAfterKind(ReadOnlySpan<char> after) =>
        after.IndexOfAny(',', ':') >= 0 || after.Contains("call", StringComparison.Ordinal) || after.Contains("known as", StringComparison.Ordinal)
        || after.Contains(" through ", StringComparison.Ordinal) || after.Contains(" via ", StringComparison.Ordinal) || after.Contains(" by ", StringComparison.Ordinal)
        || after.Contains(" with ", StringComparison.Ordinal) || after.Contains(" using ", StringComparison.Ordinal);

    // "two natural extensions of the classical … (GP-UCB) algorithm": what the new things are kinds of.
    private static readonly string[] KindOfCues = ["extensions of ", "variant of ", "version of ", "generalization of ", "generalizations of ", "modification of ", "modifications of "];

    private static readonly string[] BuiltOnCues =
    [
        "based on ", "based upon ", "built on ", "using ", "versions of ", "variants of ", "extension of ", "to use ", "to apply ", "to employ ", "to adopt ",
        "to utilize ", "to leverage ", "from the ", "we use ", "extension to ", "extends the ", "for training ", "to train ", .. KindOfCues,

        // "a message passing scheme for solving Constraint Satisfaction Problems (CSPs)", "a technique for reducing speckle in
        // Polarimetric Synthetic Aperture Radar (PolSAR) imagery": the problem or the setting the new thing serves.
        " for ", " in ",
    ];

    // "This paper presents a new analysis of Stochastic Dual Coordinate Ascent (SDCA)", "we present performance evaluation
    // and analytical comparison of three … algorithms, Aldaba, FWKNOP and SIG-2": what a paper studies it does not introduce.
    private static readonly string[] StudyCues = ["analysis of ", "analyses of ", "study of ", "evaluation of ", "comparison of ", "survey of ", "review of "];

    // Whether the introduction at `from` presents a study of what follows, not a design of its own ("the design and
    // experimental evaluation of the Multicast Dynamic Rate Adaptation (MuDRA) algorithm" is one).
    private static bool StudiesWhatFollows(string text, int from, int to)
    {
        var between = text.AsSpan(from, Math.Max(0, to - from));
        foreach (var cue in StudyCues)
        {
            var at = between.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && !between[..at].Contains("design", StringComparison.OrdinalIgnoreCase) && !between[..at].Contains("implementation", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void DiscoverCoined(string text, string? title, List<AcronymDefinition> definitions, List<Candidate> found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered, HashSet<string> proposed)
    {
        foreach (var d in definitions)
        {
            if (discovered.ContainsKey(d.Short) && OwnKindsListed().Match(text, 0, d.LongStart).Success)
            {
                // "The proposed methods include the Reordering Adaptive Directed Acyclic Graph (RADAG), …": each is the paper's.
                Propose(text, d.Short, d.ShortStart, "coined-name", found, discovered, proposed, known: true);
            }
        }

        foreach (var (name, start, scope) in CoinedNames.Introduced(text))
        {
            // "we introduce Dynamic Data Pruning for ASR (DDP-ASR)": the definition just introduced is the name.
            // "we introduce VSSM-based Local Aware Channel Enhancement (LACE) block": a name that only modifies what follows
            // leaves the definition after it to name the new thing.
            var modifies = name.Length > 0 && start >= 0 && start + name.Length < text.Length && ModifierSuffix().IsMatch(text.AsSpan(start, Math.Min(text.Length - start, name.Length + 9)));
            var reach = name.Length == 0 || modifies ? scope + 60 : start;
            if (StudiesWhatFollows(text, scope, name.Length > 0 && start >= scope ? start : Math.Min(text.Length, scope + 60)))
            {
                continue;
            }

            if (definitions.Find(d => d.LongStart >= scope && d.LongStart <= reach && !BuiltOnBefore(text, scope, d.LongStart) && !BaseOfWhatFollows(text, d)) is { } def
                && discovered.ContainsKey(def.Short))
            {
                // "Our method, Parameter-Efficient Retraining after Pruning (PERP), …" names this paper's own method,
                // even when a list of the field already knows the name.
                var appositive = name.Length == 0 && scope == def.LongStart && text.AsSpan(0, scope).TrimEnd().EndsWith(',');
                Propose(text, def.Short, def.ShortStart, "coined-name", found, discovered, proposed, known: appositive || (name.Length > 0 && CoinedNames.NamedByIntroduction(text, start)) || IntroducesDefinition(text, def));
                // Coordinated definitions are introduced with it when it opens the clause (after plain words at most) or when
                // the two share the plural technique noun after the second ("the LMLS (…) and LLAD (…) algorithms").
                var coordinated = CoordinatedDefinition(text, definitions, def);
                var sameIntroduction = def.LongStart == scope || PlainLead().IsMatch(text.AsSpan(scope, def.LongStart - scope))
                    || coordinated is not null && PluralTechniqueAfter().IsMatch(text.AsSpan(Math.Min(text.Length, coordinated.ShortStart + coordinated.Short.Length)));
                for (var next = sameIntroduction ? coordinated : null; next is not null && discovered.ContainsKey(next.Short); next = CoordinatedDefinition(text, definitions, next))
                {
                    // "introduces Knowledge Forgetting Rate (KFR) and Knowledge Retention Rate (KRR)".
                    Propose(text, next.Short, next.ShortStart, "coined-name", found, discovered, proposed);
                }

                continue;
            }

            if (name.Length == 0 || start > 0 && text[start - 1] == '(' && !NamesTheTechniqueBefore(text, name, start))
            {
                // "(OOD)" after "out-of-distribution": a definition that was not kept is no coinage either.
                continue;
            }

            if (VariantOfDefinedBefore(text, name, start))
            {
                // "robustness of subband adaptive filter (SAF) …, we propose two modified SAF algorithms …, called MCC-SAF and
                // LC-SAF": the letters defined before name what the new ones modify.
                continue;
            }

            Propose(text, name, start, "coined-name", found, discovered, proposed, known: CoinedNames.NamedByIntroduction(text, start));
        }

        foreach (var def in definitions)
        {
            // "a novel Bayesian Continuous-valued Label Aggregator (BCLA) is proposed"; "Our virtualized DNN (vDNN) reduces …".
            if (discovered.ContainsKey(def.Short) && (PassivelyIntroduced(text, def) || OursDefined(text, def, discovered[def.Short].Type)
                || OrdinalAppositive(text, def) || AppositiveToIntroduction(text, def) || ResultingDefinition(text, def, discovered[def.Short].Type)
                || NovelDefinitionWeUse(text, def, discovered[def.Short].Type)))
            {
                Propose(text, def.Short, def.ShortStart, "coined-name", found, discovered, proposed);
            }
        }

        foreach (Match m in text.Contains("namely", StringComparison.Ordinal) ? CountedNamely().Matches(text) : (IEnumerable<Match>)[])
        {
            // "Two segmentation approaches are introduced and tested in this paper, namely antigen based segmentation (ABS) and
            // time based segmentation (TBS)": every definition the list after "namely" chains is one of the counted new things.
            var sentence = SentenceStart(text, m.Index);
            if (EarlierWorkCue().IsMatch(text.AsSpan(sentence, m.Index + m.Length - sentence)))
            {
                continue;
            }

            var at = m.Index + m.Length;
            foreach (var def in definitions.Where(d => d.LongStart >= at).OrderBy(d => d.LongStart))
            {
                if (def.LongStart - at > 20 || !ListJoint().IsMatch(text.AsSpan(at, def.LongStart - at)))
                {
                    break;
                }

                if (discovered.ContainsKey(def.Short))
                {
                    Propose(text, def.Short, def.ShortStart, "coined-name", found, discovered, proposed);
                }

                at = def.ShortStart + def.Short.Length + 1;
            }
        }

        foreach (var def in text.Contains(" we ", StringComparison.Ordinal) ? definitions : [])
        {
            // "the Generalized Tag-induced Cross-domain Collaborative Filtering (GTagCDCF) approach that we propose in this
            // paper", "a distributed iterate collapse inversion (DICI) algorithm that we introduce".
            if (discovered.ContainsKey(def.Short) && WeIntroduceAfter().IsMatch(text.AsSpan(def.ShortStart + def.Short.Length)))
            {
                Propose(text, def.Short, def.ShortStart, "coined-name", found, discovered, proposed);
            }
        }

        foreach (var item in CoinedNames.NumberedContributions(text))
        {
            // "two novel techniques: 1) Expert-Balanced Self-Sampling (EBSS) is …": an item that opens with a definition.
            if (definitions.Find(d => d.LongStart == item || (d.LongStart == item + 4 && text.AsSpan(item).StartsWith("the ", StringComparison.OrdinalIgnoreCase))) is { } def
                && discovered.ContainsKey(def.Short))
            {
                Propose(text, def.Short, def.ShortStart, "coined-name", found, discovered, proposed);
            }
        }

        if (title is not null && CoinedNames.TitlePrefix(title) is null && CoinedNames.TitleHead(title) is { } head && lexicon.Find(head) is { Type: not EntityType.Task } named)
        {
            // "Model soups: averaging weights …": the title names a known entity as its subject.
            proposed.Add(named.Key);
        }
        else if (title is not null && lexicon.Find(title.TrimEnd('.', ' ')) is { Type: EntityType.Model or EntityType.Method } whole)
        {
            // "Fast R-CNN", "Deep Gaussian Processes", "End-To-End Memory Networks": a title that is a technique's name and
            // nothing more is the paper that introduced it.
            proposed.Add(whole.Key);
        }

        if (title is not null && proposed.Count == 0 && CoinedNames.TitleNamed(title, text) is { } titled
            && lexicon.Find(titled.Surface) is null && !discovered.ContainsKey(titled.Surface))
        {
            // "Learning Module Networks" over "… which we call module networks": nothing else is proposed, and the title names it.
            if (Acronyms.Find(text).FirstOrDefault(d => string.Equals(d.Long, titled.Surface, StringComparison.OrdinalIgnoreCase) && lexicon.Find(d.Short) is null
                && !discovered.ContainsKey(d.Short) && !lexicon.IsStopword(EntityKey.Normalize(d.Short))) is { } defined)
            {
                // "Matrix Product State for Feature Extraction …" over "introduces matrix product state (MPS) decomposition …
                // MPS achieves better …": the letters the abstract gives the title's name are its name, the words their long form.
                Propose(text, defined.Short, defined.ShortStart, "title-name", found, discovered, proposed);
                if (discovered.TryGetValue(defined.Short, out var letters))
                {
                    discovered.TryAdd(defined.Long, letters);
                    found?.Add(new Candidate(defined.LongStart, defined.LongStart + defined.Long.Length, letters.Type, letters.Canonical, "title-name", 4));
                }
            }
            else
            {
                Propose(text, titled.Surface, titled.Start, "title-name", found, discovered, proposed);
            }
        }

        if (title is not null && CoinedNames.TitlePrefix(title) is { } titlePrefix)
        {
            // "Switch Transformers: Scaling to …" over "… with the Switch Transformer": the abstract's singular of a known
            // name names it (an unknown plural is as often a topic: "Cognitive Radios: A Survey …").
            var prefix = IndexOfWord(text, titlePrefix) < 0 && titlePrefix.EndsWith('s') && IndexOfWord(text, titlePrefix[..^1]) >= 0
                && lexicon.Find(titlePrefix[..^1]) is { Type: not EntityType.Task } ? titlePrefix[..^1] : titlePrefix;
            var at = IndexOfWord(text, prefix);

            // A plain capitalised word ("Reprompting") counts only when the abstract uses it as a name too;
            // an area ("Continual Learning: …") is not a contribution's name.
            // Title-case titles make any "Two Words: …" look like a name: without a coined word, the abstract must use it too.
            // So does a subtitle saying what it is ("Optimal Brain Compression: A Framework for …", not "…: A Survey").
            var shaped = prefix.Split(' ').Any(CoinedNames.IsNameShaped) || CoinedNames.SubtitleSaysArtifact(title, prefix);
            if ((shaped || at >= 0) && !GenericTitleWords.Contains(prefix) && lexicon.Find(prefix) is not { Type: EntityType.Task } && !CoinedNames.IsSurveyTitle(title))
            {
                Propose(at >= 0 ? text : title, prefix, at >= 0 ? at : 0, "title-prefix", at >= 0 ? found : null, discovered, proposed, known: true);
            }
        }

        if (title is not null && TitleNamesPair().Match(title) is { Success: true } titled2 && !ComparativeSubtitle().IsMatch(title))
        {
            // "LPCH and UDLPCH: Location-aware Routing Techniques in WSNs", "Introducing LoCo, a Logic for Configuration
            // Problems": coined names the title presents, when the abstract uses them too, and either coins them (a lower-case
            // letter inside) or introduces them ("we proposed …, LPCH and UDLPCH"). Not "NLP and CALL: …", "E-Business and SMEs".
            foreach (var g in new[] { titled2.Groups["a"], titled2.Groups["b"] })
            {
                if (g.Success && CoinedNames.IsNameShaped(g.Value) && IndexOfWord(text, g.Value) is var at and >= 0 && lexicon.Find(g.Value) is null
                    && !(g.Value.Length > 2 && g.Value[^1] == 's' && char.IsUpper(g.Value[^2]))
                    && (g.Value.Skip(1).Any(char.IsLower) || IntroducedInItsSentence().IsMatch(SentenceBefore(text, at))))
                {
                    Propose(text, g.Value, at, "title-prefix", found, discovered, proposed, known: true);
                }
            }
        }
    }

    [GeneratedRegex(@":\s*(?:An?\s+)?(?:Comparative|Comparison|Survey|Review|Preliminary|Case Study|Evaluation|Overview|Performance)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComparativeSubtitle();

    [GeneratedRegex(@"\b(?:[Ww]e|[Tt]his (?:paper|work|article|letter))\b[^.]{0,40}\b(?:propose|present|introduce|develop|design|implement|demonstrate|describe)", RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedInItsSentence();

    [GeneratedRegex(@"^(?:(?<a>[A-Z][\w-]*[A-Z0-9][\w-]*) (?:and|&) (?<b>[A-Z][\w-]*[A-Z0-9][\w-]*):|Introducing (?<a>[A-Z][\w-]*[A-Z0-9][\w-]*)(?:[,:]| -|$))", RegexOptions.CultureInvariant)]
    private static partial Regex TitleNamesPair();

    // "Beyond Maximum Likelihood: …", "Memory Matters: …", "Towards …": a slogan, not a name.
    private static bool IsSlogan(string prefix) =>
        prefix.Split(' ') is var words && (SloganOpeners.Contains(words[0]) || words[^1] is "Matters" or "Matter" or "Revisited" or "Explained");

    private static readonly HashSet<string> SloganOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "Beyond", "Towards", "Toward", "Rethinking", "Revisiting", "Understanding", "Why", "When", "How", "What", "Is", "Are", "Do", "Does", "Can",
        "Less", "More", "Not", "No", "On", "Learning", "Making", "Taming", "Bridging", "Breaking", "Unifying",
    };

    private static readonly HashSet<string> GenericTitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Discussion", "Introduction", "Overview", "Survey", "Review", "Tutorial", "Editorial", "Preface", "Position", "Perspective", "Commentary",
        "Erratum", "Corrigendum", "Revisited", "Reply", "Response", "Abstract", "Keynote", "Foreword", "Summary", "Conclusion", "Conclusions", "Background",
    };

    private static int IndexOfWord(string text, string word, int from = 0, bool allowPlural = false)
    {
        var at = from;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + word.Length;
            if (allowPlural && end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }

            at = end;
        }

        return -1;
    }

    // "LLM-based", "momentum-SGD-based", "MoE-style": a modifier built on a name, not a name.
    private static bool IsModifier(string name)
    {
        var dash = name.LastIndexOf('-');
        return dash > 0 && name[(dash + 1)..] is "based" or "free" or "aware" or "like" or "style" or "driven" or "level" or "wise" or "guided" or "specific" or "agnostic" or "only";
    }

    // A class of networks named by generic words ("Large Vision-Language Models (LVLMs)", "Sparse Neural
    // Networks (SNNs)") is an architecture family, not a named entity.
    private static bool IsGenericModelClass(string longForm)
    {
        var words = longForm.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[^1] is not ("model" or "models" or "network" or "networks"))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            // "Fully Connected Neural Network (FNN)" is a class; "fully convolutional network (FCN)" names one.
            if (!GenericModelWords.Contains(words[i]) && !(words[i] == "fully" && i + 1 < words.Length && words[i + 1] == "connected"))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> GenericModelWords = new(StringComparer.Ordinal)
    {
        "large", "small", "language", "vision", "visual", "multimodal", "multi", "modal", "neural", "deep", "foundation", "pre", "trained", "pretrained",
        "model", "models", "network", "networks", "convolutional", "recurrent", "graph", "generative", "diffusion", "spiking", "sparse", "dense", "speech",
        "audio", "video", "transformer", "transformers", "based", "of", "and", "the", "artificial", "machine", "learning", "autoregressive", "masked",
        "scale", "image", "text", "unified", "general", "purpose", "code", "protein", "mixture", "experts", "expert", "moe", "state", "space", "reward",
        "connected", "multilayer", "layer", "layered", "shallow",
    };

    private static bool KeptByScan(List<Candidate>? found, LexiconEntry entry) =>
        found?.Exists(c => c.Canonical == entry.Name && c.Origin.StartsWith("lexicon", StringComparison.Ordinal)) == true;

    // "we introduce Reformer, …", "we present GaLore (…)": a known name right after the verb, set off as a name, is this paper's.
    // "Our approach, named SSD, discretizes …": letters the stoplist holds for another sense (a solid-state drive) are the
    // paper's own name when a naming word gives them to its own thing, and they end the phrase (not "a novel neural
    // network model called RNN Encoder-Decoder").
    private static bool OwnThingNamed(string text, int start, int length) =>
        start > 0 && start + length < text.Length && text[start + length] is ',' or '.' or ')' && OwnThingNamedBefore().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"\b(?:[Oo]ur|[Tt]he proposed|[Aa] (?:new|novel)) (?:[\w-]+ ){0,2}?(?:approach|method|model|framework|algorithm|system|network|detector|architecture),? (?:named|called|dubbed|termed) $", RegexOptions.CultureInvariant)]
    private static partial Regex OwnThingNamedBefore();

    // The text spells the letters out in a sentence that does not speak of its own work ("The Minimum Message Length (MML)
    // is a solid approach"; not "Our proposed methodology of non-linear mutual connectivity analysis (MCA)").
    private static bool SpelledOut(string text, string letters) =>
        Acronyms.Find(text).Any(d => d.Short == letters && !OwnWorkMarker().IsMatch(SentenceBefore(text, Math.Min(d.LongStart, d.ShortStart))));

    // From the start of the sentence up to the offset.
    private static ReadOnlySpan<char> SentenceBefore(string text, int at)
    {
        var start = SentenceStart(text, at);
        return text.AsSpan(start, at - start);
    }

    private static bool DirectlyIntroduced(string text, int start, int length)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var verb = before.EndsWith("propose", StringComparison.Ordinal) || before.EndsWith("introduce", StringComparison.Ordinal) || before.EndsWith("present", StringComparison.Ordinal)
            || before.EndsWith("proposes", StringComparison.Ordinal) || before.EndsWith("introduces", StringComparison.Ordinal) || before.EndsWith("presents", StringComparison.Ordinal);
        var end = start + length;
        return verb && end < text.Length && text[end] is ',' or '(' or ':'
            || verb && (text.AsSpan(end).StartsWith(" (", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(" --", StringComparison.Ordinal) || text.AsSpan(end).StartsWith(" —", StringComparison.Ordinal));
    }

    // "We introduce the "exponential linear unit" (ELU), which …", "we propose Attentive Pooling (AP), a two-way attention
    // mechanism": the verb of introduction takes the definition itself as its object and the text goes on to say what it
    // is, so even a name the lexicon knows is this paper's. Not "we propose the Markov chain Monte Carlo (MCMC) method
    // for …", "we introduce non-negative matrix factorization (NMF) as a way to …": a known technique put to a use.
    private static bool IntroducesDefinition(string text, AcronymDefinition d)
    {
        var before = text.AsSpan(0, d.LongStart).TrimEnd().TrimEnd("\"“'").TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^4];
        }

        return (before.EndsWith("we propose", StringComparison.OrdinalIgnoreCase) || before.EndsWith("we introduce", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("we present", StringComparison.OrdinalIgnoreCase))
            && SaysWhatItIs().IsMatch(text.AsSpan(d.ShortStart + d.Short.Length));
    }

    [GeneratedRegex(@"^\)\s*(?:(?:method|model|algorithm|framework|network|approach|architecture|scheme|technique)\s+)?(?:,|which\b|that\b|:|;|\.(?:\s|$))")]
    private static partial Regex SaysWhatItIs();

    [GeneratedRegex(@"^\)\s*(?:[a-z]+\s+)?(?:that|which)\s+we\s+(?:have\s+)?(?:proposed?|introduced?|present(?:ed)?|develop(?:ed)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeIntroduceAfter();

    [GeneratedRegex(@"^\) (?:algorithms|methods|schemes|techniques|protocols|estimators|filters|detectors|receivers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PluralTechniqueAfter();

    // The type of the technique defined right before this definition, joined to it by "and" or a comma.
    private static EntityType? CoordinatedAfter(string text, AcronymDefinition d, Dictionary<AcronymDefinition, EntityType> typed)
    {
        foreach (var (previous, type) in typed)
        {
            if (type is EntityType.Method or EntityType.Model && Coordinates(text, previous, d))
            {
                return type;
            }
        }

        return null;
    }

    // The definition right after this one's short form, joined by "and" or a comma, or null.
    private static AcronymDefinition? CoordinatedDefinition(string text, List<AcronymDefinition> definitions, AcronymDefinition def) =>
        definitions.Find(d => Coordinates(text, def, d));

    // "temporal extension descriptor (TED) and temporal division pyramid (TDP)": the second definition follows the first's
    // short form after "and", a comma, or both.
    private static bool Coordinates(string text, AcronymDefinition first, AcronymDefinition second)
    {
        var after = first.ShortStart + first.Short.Length + 1;
        return second.LongStart > after && second.LongStart <= after + 6
            && text.AsSpan(after, second.LongStart - after).Trim() is var between && (between.SequenceEqual(",") || between.SequenceEqual("and") || between.SequenceEqual(", and"));
    }

    // After a name (and its closing parenthesis): "has/have been" with a participle of introduction or use, in a sentence
    // that dates it ("Recently", "by Adams et al.") and does not say it is this paper's. The perfect alone is no sign: "A
    // software platform for global optimisation, called PaGMO, has been developed" is as often the paper's own.
    private static bool ProposedEarlier(string text, int end)
    {
        if (end < text.Length && text[end] == ')')
        {
            end++;
        }

        if (EarlierPerfect().Match(text, end) is not { Success: true } m || m.Index != end)
        {
            return false;
        }

        // The words before, and the few right after the participle ("has been proposed recently", "… by Adams et al."): not a
        // later clause ("…, and was recently released as open-source").
        var start = SentenceStart(text, end);
        var sentenceEnd = text.IndexOf(". ", m.Index + m.Length, StringComparison.Ordinal);
        var reach = Math.Min(sentenceEnd < 0 ? text.Length : sentenceEnd, m.Index + m.Length + 25);
        var sentence = text.AsSpan(start, reach - start);
        return EarlierWorkMarker().IsMatch(sentence) && !OwnWorkMarker().IsMatch(sentence);
    }

    // "Recently", "proposed recently", "in previous work", "by Adams et al.", "in 2009", "in the literature".
    [GeneratedRegex(@"\b(?:[Rr]ecently|[Pp]revious(?:ly)?|[Ee]arlier|[Pp]rior|in the literature|et al\b|in (?:19|20)\d\d\b|(?:proposed|introduced|developed) by [A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierWorkMarker();

    [GeneratedRegex(@",?\s+(?:(?:which|that)\s+)?(?:has|have|had)\s+been\s+(?:(?:recently|previously|successfully|widely|already|first)\s+)?(?:proposed|introduced|presented|developed|identified|used|published|studied|applied|implemented|suggested|reported|inspired|investigated|analyzed|analysed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierPerfect();

    [GeneratedRegex(@"\b(?:[Tt]his (?:paper|work|letter|article|study|thesis)|[Ii]n this|[Ww]e|[Hh]ere(?:in)?|[Oo]ur)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnWorkMarker();

    private void Propose(string text, string name, int start, string rule, List<Candidate>? found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered, HashSet<string> proposed, bool known = false)
    {
        var norm = EntityKey.Normalize(name);
        // "we have proposed a short PHY layer version of acknowledgment frames": a layer, a device or a measure is not what a
        // paper coins.
        if (norm.Length < 2 || lexicon.IsStopword(norm) && !OwnThingNamed(text, start, name.Length) || IsModifier(name) || IsCitationKey(name) || (rule == "coined-name" && NotTechniques.Contains(name))
            || (!name.EndsWith('+') && start >= 0 && start + name.Length < text.Length && text[start + name.Length] == '+' && text.AsSpan(start, name.Length).SequenceEqual(name)))
        {
            // "MCMA-Net++": a name cut before its "++" is another name.
            return;
        }

        if (start >= 0 && start + name.Length <= text.Length && ProposedEarlier(text, start + name.Length))
        {
            // "Recently, a framework, called block sparse Bayesian learning (BSBL), has been proposed": a name the sentence
            // says was introduced before is what the paper builds on.
            return;
        }

        if (rule == "coined-name" && CalledAsExisting(text, start))
        {
            // "It is compared with an existing algorithm called OntoLook": a name, not the paper's own.
            if (!discovered.ContainsKey(name) && lexicon.Find(name) is null)
            {
                var kind = TypeFromContext(text, start, name.Length) is { } said and not EntityType.Task ? said : EntityType.Method;
                discovered[name] = (kind, name, rule);
                found?.Add(new Candidate(start, start + name.Length, kind, name, rule, 4));
            }

            return;
        }

        if (!discovered.ContainsKey(name) && name.Length > 3 && name.EndsWith('s') && discovered.ContainsKey(name[..^1]))
        {
            // "Query DAGs: …" over "a Query DAG (Q-DAG)": the plural of a name the paper defined is that name.
            name = name[..^1];
        }

        if (discovered.TryGetValue(name, out var seen))
        {
            if (seen.Type == EntityType.Task && seen.Origin.EndsWith("acronym-definition", StringComparison.Ordinal) && found is not null
                && !discovered.Any(kv => kv.Value == seen && lexicon.Find(kv.Key) is not null))
            {
                // "We propose max-margin metric learning (MMML)": what a paper introduces under its own letters is a
                // technique, though its expansion ends in an area's name; it is its own entity, not "metric learning".
                seen = Retype(seen, name, found, discovered);
            }

            // A defined acronym the lexicon knows ("Chain-of-Thought (CoT)") is used, unless introduced directly.
            if (!seen.Origin.StartsWith("lexicon", StringComparison.Ordinal) || known || DirectlyIntroduced(text, start, name.Length))
            {
                proposed.Add(EntityKey.For(seen.Type, seen.Canonical));
            }

            return;
        }

        // A name the lexicon knows is used, not introduced ("we propose to use LoRA"), unless the title
        // names it or the verb introduces it directly ("We introduce Reformer, …").
        // Letters in another sense than the dataset a list knows are unknown here, unless the scan kept the dataset sense or
        // the text spells them out ("The Minimum Message Length (MML) is a solid approach", then "the first general MML
        // coding scheme"): a thing the text explains is used, unless the verb introduces it directly.
        if (lexicon.Find(name) is { } entry && !(IsOtherSense(entry, name, text, null) && !KeptByScan(found, entry) && !SpelledOut(text, name)))
        {
            if ((known || DirectlyIntroduced(text, start, name.Length)) && entry.Type != EntityType.Task)
            {
                if (entry.Type == EntityType.Dataset && entry.Source != "core" && found is not null && (!SpeaksOfData().IsMatch(text) || CalledATechnique(text, name)))
                {
                    // "DART: Dropouts meet Multiple Additive Regression Trees", "MESA: Maximum Entropy by Simulated Annealing":
                    // an abstract that introduces letters a list of datasets knows, and speaks of no data set or calls them
                    // "the DART algorithm", names a technique. (Not a name the title alone gives: "MegaFace: A Million Faces …".)
                    proposed.Add(AsTechnique(entry, found, discovered));
                    return;
                }

                proposed.Add(entry.Key);
            }

            return;
        }

        var type = TypeFromContext(text, start, name.Length) ?? EntityType.Method;
        if (type == EntityType.Task || type == EntityType.Metric && rule is "title-prefix" or "title-lead")
        {
            // A coined name is a thing (a method, a model), not a research area; a title names a method
            // far more often than a measure ("Enterprise Spreadsheet Management: …").
            type = EntityType.Method;
        }

        discovered[name] = (type, name, rule);
        proposed.Add(EntityKey.For(type, name));
        found?.Add(new Candidate(start, start + name.Length, type, name, rule, 4));
    }

    // "It is compared with an existing algorithm called OntoLook": a name given to what the phrase says exists already is
    // a name, not the paper's own.
    private static bool CalledAsExisting(string text, int start)
    {
        if (start <= 0)
        {
            return false;
        }

        var from = Math.Max(0, start - 80);
        var before = text.AsSpan(from, start - from).TrimEnd();
        var stop = before.LastIndexOfAny(".,;:(");
        before = stop >= 0 ? before[(stop + 1)..] : before;
        // "… 83% accuracy, compared to 74% for a technique called FHMM": what a comparison sets the paper's against is not its own.
        return (before.EndsWith(" called", StringComparison.Ordinal) || before.EndsWith(" named", StringComparison.Ordinal)) && (ExistingNoun().IsMatch(before) || ComparedWith().IsMatch(before));
    }

    [GeneratedRegex(@"\b(?:[Cc]ompared (?:to|with|against)|(?<!\b(?:more|less|fewer|rather|other) )than|outperform(?:s|ed|ing)?|versus)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ComparedWith();

    [GeneratedRegex(@"\b(?:an?|the) (?:existing|previous|earlier|prior|well-known|popular|state-of-the-art|classical|conventional|traditional|standard)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ExistingNoun();

    // Every mention the lexicon matched as this dataset becomes the paper's own technique of the same name.
    private static string AsTechnique(LexiconEntry entry, List<Candidate>? found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        for (var i = 0; found is not null && i < found.Count; i++)
        {
            if (found[i].Type == EntityType.Dataset && found[i].Canonical == entry.Name && found[i].Origin.StartsWith("lexicon", StringComparison.Ordinal))
            {
                found[i] = found[i] with { Type = EntityType.Method };
            }
        }

        foreach (var key in discovered.Where(kv => kv.Value.Type == EntityType.Dataset && kv.Value.Canonical == entry.Name).Select(kv => kv.Key).ToList())
        {
            discovered[key] = (EntityType.Method, entry.Name, discovered[key].Origin);
        }

        // The title's mention too ("DART: Dropouts meet …"), which is matched later.
        discovered.TryAdd(entry.Name, (EntityType.Method, entry.Name, "coined-name"));
        return EntityKey.For(EntityType.Method, entry.Name);
    }

    [GeneratedRegex(@"\b(?:data ?sets?|benchmarks?|corpus|corpora|collections?|databases?|annotations?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpeaksOfData();

    // "resulting in the DART algorithm": a technique noun right after the name says what it is.
    private static bool CalledATechnique(string text, string name)
    {
        for (var at = IndexOfWord(text, name); at >= 0; at = IndexOfWord(text, name, at + name.Length))
        {
            var after = text.AsSpan(at + name.Length);
            foreach (var head in (ReadOnlySpan<string>)[" algorithm", " method", " approach", " framework", " technique", " model", " system", " scheme", " protocol", " architecture", " estimator", " classifier"])
            {
                if (after.StartsWith(head, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static (EntityType Type, string Canonical, string Origin) Retype((EntityType Type, string Canonical, string Origin) seen, string name, List<Candidate> found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        var retyped = (EntityType.Method, name, seen.Origin);
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Type == seen.Type && found[i].Canonical == seen.Canonical && found[i].Origin == seen.Origin)
            {
                found[i] = found[i] with { Type = EntityType.Method, Canonical = name };
            }
        }

        foreach (var key in discovered.Where(kv => kv.Value == seen).Select(kv => kv.Key).ToList())
        {
            discovered[key] = retyped;
        }

        return retyped;
    }

    private static bool OpensClauseOrPhrase(string word) =>
        word is "that" or "which" or "to" or "for" or "with" or "on" or "by" or "in" or "of";

    private static bool StopsNounPhrase(string word) =>
        OpensClauseOrPhrase(word) || word is "and" or "or" or "is" or "are" or "was" or "were";

    private static EntityType? TypeFromContext(string text, int start, int length)
    {
        // The nearest describing head noun: in an appositive after the name, else just before it.
        var after = text.AsSpan(Math.Min(text.Length, start + length));
        var afterWords = after[..Math.Min(after.Length, 90)].ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var limit = Math.Min(afterWords.Length, 9);
        for (var i = 0; i < limit; i++)
        {
            if (afterWords[i].EndsWith('.') || OpensClauseOrPhrase(afterWords[i]))
            {
                if (HeadNouns.Of(afterWords[i]) is { } t1)
                {
                    return t1;
                }

                break;
            }

            if (HeadNouns.Of(afterWords[i]) is { } t)
            {
                // "LocFaults, our error localization approach exploiting …": a compound's head is its last noun (but
                // "a machine learning library" is no learning, and "training" or "learning" only modifies what follows).
                for (var j = i + 1; j < Math.Min(afterWords.Length, i + 4) && !afterWords[j - 1].EndsWith('.') && !StopsNounPhrase(afterWords[j]); j++)
                {
                    if (HeadNouns.Of(afterWords[j]) is { } later && later != EntityType.Task)
                    {
                        t = later;
                    }
                }

                return t;
            }
        }

        var before = text.AsSpan(0, start);
        var beforeWords = before[Math.Max(0, before.Length - 80)..].ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = beforeWords.Length - 1; i >= Math.Max(0, beforeWords.Length - 6); i--)
        {
            // Not across a sentence end ("It reduces error. FooNet outperforms BugTool") nor a comparison: the words
            // before "outperforms"/"than" describe the other side.
            if (beforeWords[i].EndsWith('.') && i < beforeWords.Length - 1 || beforeWords[i] is "than" or "outperforms" or "outperform" or "over" or "versus" or "vs." or "against" or "compared" or "beats" or "surpasses")
            {
                break;
            }

            if (HeadNouns.Of(beforeWords[i]) is { } t)
            {
                return t;
            }
        }

        return null;
    }

    private void DiscoverHeadNouns(string text, List<Token> tokens, List<Candidate> found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        // "the FOO benchmark", "BAR dataset": a name-shaped word right before a dataset head noun.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i + 1].Start - tokens[i].End != 1 || HeadNouns.Of(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)) != EntityType.Dataset)
            {
                continue;
            }

            var word = text[tokens[i].Start..tokens[i].End];
            if (!CoinedNames.IsNameShaped(word) || lexicon.Find(word) is not null || lexicon.IsStopword(EntityKey.Normalize(word)) || discovered.ContainsKey(word))
            {
                continue;
            }

            discovered[word] = (EntityType.Dataset, word, "head-noun");
            found.Add(new Candidate(tokens[i].Start, tokens[i].End, EntityType.Dataset, word, "head-noun", 3));
        }

        DiscoverCapitalsBeforeTechniqueNouns(text, discovered);
    }

    // "the KL-UCB algorithm", "basic SIR-PF algorithm", "proposed ISFCM algorithm", "DDPF approach", "the previously-proposed
    // RTLS algorithms": capitals the text calls an algorithm or a method are a technique's name, though nothing defines them.
    // "IANN, a modified multilayer neural network algorithm", "a theory refinement system KBANN that uses …": capitals set
    // off by an appositive that calls them a technique, or right after the kind of technique they name.
    private void DiscoverCapitalsBeforeTechniqueNouns(string text, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        AddShortFormTechniques(text, CapitalsBeforeTechniqueNoun().Matches(text).Select(m => m.Groups["name"].Value), "technique-noun", discovered);
        if (text.Contains(", a", StringComparison.Ordinal))
        {
            AddShortFormTechniques(text, CapitalsByTechniqueAppositive().Matches(text).Where(m => TechniqueNounWithin(m.Groups["rest"].ValueSpan, 6)).Select(m => m.Groups["name"].Value), "technique-noun", discovered);
        }

        AddShortFormTechniques(text, CapitalsAfterTechniqueKind().Matches(text).Where(m => m.Index == 0 || !char.IsLetter(text[m.Index - 1])).Select(m => m.Groups["name"].Value), "technique-noun", discovered);
    }

    private static bool TechniqueNounWithin(ReadOnlySpan<char> rest, int words)
    {
        foreach (var range in rest.Split(' '))
        {
            if (words-- == 0)
            {
                break;
            }

            if (rest[range] is "algorithm" or "method" or "approach" or "technique" or "heuristic" or "classifier" or "solver")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*), an? (?<rest>[^,.;()]{0,60})", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsByTechniqueAppositive();

    [GeneratedRegex(@"(?:algorithm|system|solver|classifier|heuristic) (?<name>[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*) (?:that|which|uses|is)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsAfterTechniqueKind();

    [GeneratedRegex(@"(?<![\w-])(?<name>(?:[1-4]D-?)?[A-Z][A-Z0-9]*[A-Z](?:-[A-Z][A-Z0-9]*)*[0-9]*|[A-Z]-[A-Za-z][a-z]{2,}) (?:algorithm|method|approach|technique|policy|filter|tagger|heuristic|classifier|scheme|protocol|algorithms|methods|heuristics|classifiers|schemes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalsBeforeTechniqueNoun();

    private void DiscoverTaskPhrases(string text, List<Candidate> found)
    {
        if (!text.Contains(" task", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (start, end) in TaskPhrases.BeforeTasks(text))
        {
            var phrase = text[start..end];
            if (lexicon.Find(phrase) is null && !lexicon.IsStopword(EntityKey.Normalize(phrase)))
            {
                // Lower priority than the lexicon: a known name inside the phrase wins an overlap of equal length only.
                found.Add(new Candidate(start, end, EntityType.Task, phrase, "task-phrase", 1));
            }
        }
    }

    // What the title says the paper is about; kept only when no other entity covers those words.
    private void AddTitleTasks(string title, List<Candidate> titleMentions, List<Candidate> mentions)
    {
        foreach (var phrase in TaskPhrases.InTitle(title))
        {
            var norm = EntityKey.Normalize(phrase);
            if (lexicon.Find(phrase) is not null || lexicon.IsStopword(norm))
            {
                continue;
            }

            var at = title.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            var overlaps = at >= 0 && titleMentions.Exists(c => c.Type != EntityType.Task && c.Start < at + phrase.Length && at < c.End);
            if (!overlaps && !mentions.Exists(c => EntityKey.Normalize(c.Canonical) == norm))
            {
                titleMentions.Add(new Candidate(Math.Max(at, 0), Math.Max(at, 0) + phrase.Length, EntityType.Task, phrase, "title-task", 1));
            }
        }
    }

    // "Bior1.3", "PDDL2.2", "Web2.0": one word, a dot, then digits that end the name (not "LLaMA-3.2-11B-Vision", whose
    // known family the model names extend) continue it.
    private static bool IsVersionDot(string text, Token before, Token after) =>
        text[before.End] == '.' && char.IsAsciiDigit(text[before.End - 1]) && !text.AsSpan(after.Start, after.End - after.Start).ContainsAnyExceptInRange('0', '9')
        && (after.End >= text.Length || !char.IsLetter(text[after.End]) && text[after.End] is not ('-' or '.'));

    // Coinages that only a name can be: CamelCase (GaLore), letters with digits (GPT4V), capitalised
    // hyphenated compounds (Mix-LN). Typed from a nearby head noun; a technique when nothing says otherwise.
    private void DiscoverNameShapes(string text, List<Token> tokens, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // A word is the tokens joined by hyphens without spaces ("Mix-LN", "LLM-Pruner").
            var first = i;
            while (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End + 1 && (text[tokens[i].End] == '-' || (i == first && IsVersionDot(text, tokens[i], tokens[i + 1]))))
            {
                i++;
            }

            var any = false;
            for (var k = first; k <= i && !any; k++)
            {
                any = HasInnerCapitalOrDigit(text, tokens[k]) || k > first && char.IsUpper(text[tokens[k].Start]);
            }

            if (!any || !char.IsLetter(text[tokens[first].Start]) || tokens[first].Start > 0 && text[tokens[first].Start - 1] is '-' or '/' or '.' or '@' or '_')
            {
                continue;
            }

            var word = text[tokens[first].Start..tokens[i].End];
            if (i == first + 2 && StepsCompound().IsMatch(word) && !NotStepsTechniques.Contains(word) && !discovered.ContainsKey(word) && lexicon.Find(word) is null)
            {
                // "Spray-and-Wait", "Compute-and-Forward", "Discount-then-Filter": capitalised steps joined by "and"/"then" name a
                // technique by what it does.
                discovered[word] = (EntityType.Method, word, "name-shape");
                continue;
            }

            if (!word.Any(char.IsLower) && first < i && !(tokens[i].End < text.Length && text[tokens[i].End] == '/') && !discovered.ContainsKey(word) && VariantOfKnownTechnique(word, discovered) is { } variantType
                && lexicon.Find(word) is null && !lexicon.IsStopword(EntityKey.Normalize(word)) && !IsNotAName(word))
            {
                // "LSA-TR and LSA-AUX", "OP-ELM, GASEN-ELM": capitals joined to a technique's name are a variant of it.
                discovered[word] = (variantType, word, "name-shape");
                continue;
            }

            if (word.Length < 3 || discovered.ContainsKey(word) || !CoinedNames.IsNameShaped(word) || !word.Any(char.IsLower) || IsNotAName(word)
                || AuthorCited().IsMatch(text.AsSpan(tokens[i].End)))
            {
                // "the PBP algorithm of Ihler and McAllester (2009)": an author cited, not a name.
                continue;
            }

            var norm = EntityKey.Normalize(word);
            if (lexicon.IsStopword(norm) || lexicon.IsStopword(norm.TrimEnd('s')) || lexicon.Find(word) is not null || lexicon.Find(word.TrimEnd('s')) is not null)
            {
                continue;
            }

            // A coined word is no task: "for classification, LogitBoost …" describes what it is used for. A known model
            // family with a version after it ("YOLOv8x", "YOLO11") is a model of that family.
            var type = VersionOfModel(word) ? EntityType.Model
                : TypeFromContext(text, tokens[first].Start, word.Length) is { } t and not EntityType.Task ? t : EntityType.Method;
            discovered[word] = (type, word, "name-shape");
        }
    }

    [GeneratedRegex(@"^[A-Z][a-z]+-(?:and|then)-[A-Z][a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex StepsCompound();

    private static readonly HashSet<string> NotStepsTechniques = new(StringComparer.Ordinal)
    {
        "Plug-and-Play", "Salt-and-Pepper", "Trial-and-Error", "Here-and-There", "Dots-and-Boxes", "Command-and-Control", "Mix-and-Match",
        "Give-and-Take", "Channel-and-Radio", "Hubs-and-Authorities", "Stem-and-Cycle",
    };

    private EntityType? VariantOfKnownTechnique(string word, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        foreach (var part in word.Split('-'))
        {
            if (part.Length < 2 || !part.All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            var type = discovered.TryGetValue(part, out var d) ? d.Type : lexicon.Find(part)?.Type;
            if (type is EntityType.Method or EntityType.Model)
            {
                return type;
            }
        }

        return null;
    }

    // "RRT*", "HDA*", "LRTA*", "D*-PO", "the A* algorithm": a star makes another search or planning algorithm than
    // the name without it. One capital and a star is A* or D* only; elsewhere it is a set or a closure ("L*", "E*").
    private void DiscoverStarNames(string text, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        if (!text.Contains('*', StringComparison.Ordinal))
        {
            return;
        }

        AddShortFormTechniques(text, StarName().Matches(text).Where(m => IsStarName(text, m)).Select(m => m.Value), "star-name", discovered);
    }

    private static bool IsStarName(string text, Match m)
    {
        var stem = m.Groups["stem"].Value;
        return stem.Length == 1
            ? stem is "A" or "D" && !text.AsSpan(m.Index + m.Length).StartsWith(")^", StringComparison.Ordinal)
            : stem.Count(char.IsUpper) >= 2 || m.Groups["tail"].Length > 0;
    }

    [GeneratedRegex(@"(?<![\w*\\^_{$/])(?<stem>[A-Z](?:[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)?)\*(?<tail>-[A-Z][A-Za-z0-9]*)?(?![\w*({^_\[])", RegexOptions.CultureInvariant)]
    private static partial Regex StarName();

    private bool VersionOfModel(string word)
    {
        for (var n = word.Length - 1; n >= 3; n--)
        {
            var rest = word.AsSpan(n);
            if ((char.IsAsciiDigit(rest[0]) || (rest.Length > 1 && rest[0] == 'v' && char.IsAsciiDigit(rest[1])))
                && lexicon.Find(word[..n]) is { Type: EntityType.Model, Source: "core" } family && string.Equals(family.Name, word[..n], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "superior to IBP and MC", "outperforms DOWNPOUR": short forms a comparison names are techniques, unless the field
    // calls them generic ("than CNN", "than GPU") or a list knows them as something else.
    private void DiscoverComparedAcronyms(string text, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        AddShortFormTechniques(text, ComparedAcronyms.Find(text), "compared-acronym", discovered);
        foreach (var phrase in ComparedAcronyms.FindPhrases(text))
        {
            // "outperforms Cycle Crossover": a technique, or a model by its head; not an area or a measure ("… Recognition").
            var type = HeadNouns.Of(phrase[(phrase.LastIndexOfAny([' ', '-']) + 1)..]) is EntityType.Model ? EntityType.Model : EntityType.Method;
            if (!discovered.ContainsKey(phrase) && HeadNouns.OfPhrase(phrase) is not (EntityType.Task or EntityType.Metric or EntityType.Dataset)
                && lexicon.Find(phrase) is null && !lexicon.IsStopword(EntityKey.Normalize(phrase)))
            {
                discovered[phrase] = (type, phrase, "compared-phrase");
            }
        }
    }

    // A short form the text uses as a technique's name is one, unless it is known already, generic, or no name at all.
    private void AddShortFormTechniques(string text, IEnumerable<string> names, string origin, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        foreach (var name in names)
        {
            var norm = EntityKey.Normalize(name);
            if (name.Length < 2 || discovered.ContainsKey(name) || lexicon.IsStopword(norm) || lexicon.Find(name) is { } entry && !IsOtherSense(entry, name, text, null)
                || IsNotAName(name) || NotTechniques.Contains(name))
            {
                continue;
            }

            discovered[name] = (EntityType.Method, name, origin);
        }
    }

    private static readonly HashSet<string> GreekTails = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
    };

    internal static readonly HashSet<string> NotTechniques = new(StringComparer.Ordinal)
    {
        "SOTA", "PAC", "NP", "PTIME", "EXPTIME", "NEXPTIME", "PSPACE", "FPT", "PTAS", "FPTAS", "FPRAS", "GPU", "GPUs", "CPU", "CPUs", "TPU", "FPGA", "ASIC", "RAM", "API", "US", "USA", "UK", "EU", "IEEE", "ACM", "PC", "OS", "SNR", "BER", "MSE",
        "RMSE", "MAE", "AUC", "ROC", "IoU", "PSNR", "SSIM", "FID", "BLEU", "ROUGE", "WER", "CER", "DL", "ML", "AI", "CV", "IR", "QA", "NER", "POS", "MT",
        "ASR", "TTS", "HMM", "LTE", "WiFi", "IoT", "CT", "MRI", "PET", "ECG", "EEG", "DNA", "RNA", "OCR", "SQL", "HTML", "XML", "JSON", "PDF", "LAN", "WAN",

        // Layers and standards a protocol or scheme belongs to ("the current MAC protocol", "the TCP protocol"), not one technique.
        "MAC", "PHY", "TCP", "UDP", "IP", "HTTP", "RTS", "CTS", "QoS", "QoE", "IVC", "OSI",
    };

    // "CVM Tsang05, LASVM Bordes05", "[Tomasi1998]", "[GT-2003]": a citation key (author or initials and a year) whose
    // \cite was dropped.
    internal static bool IsCitationKey(string word) => CitationKey().IsMatch(word);

    [GeneratedRegex(@"^(?: \((?:19|20)\d\d[a-d]?[),;]| et al\.?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorCited();

    [GeneratedRegex(@"^(?:[A-Z][a-z]+\d\d|[A-Z][a-z]+(?:19|20)\d\d|[A-Z]{2,3}-(?:19|20)\d\d)[a-d]?$", RegexOptions.CultureInvariant)]
    private static partial Regex CitationKey();

    // Shapes that look coined but are not names: plural acronyms ("LRCs", "SNNs": a class of things, or a
    // defined acronym in the plural), and compounds with a lower-case tail ("GPT-type", "L2-based", "GPU-hours").
    private static bool IsNotAName(string word)
    {
        if (IsCitationKey(word))
        {
            return true;
        }

        if (word.Length >= 3 && word[^1] == 's')
        {
            var stem = word.AsSpan(0, word.Length - 1);
            var dash = stem.LastIndexOf('-');
            var last = dash >= 0 ? stem[(dash + 1)..] : stem;
            var allCaps = last.Length >= 2;
            foreach (var c in last)
            {
                allCaps &= char.IsUpper(c) || char.IsDigit(c);
            }

            if (allCaps)
            {
                return true;
            }
        }

        var hyphen = word.LastIndexOf('-');
        if (hyphen > 0)
        {
            var tail = word.AsSpan(hyphen + 1);
            var lower = tail.Length > 0;
            foreach (var c in tail)
            {
                lower &= char.IsLower(c);
            }

            // "GPT-type", "L2-based" are no names; "SP-y" (one letter after a capital short form) is, and so is a Greek
            // letter's name where LaTeX stood ("ANTONI-$\alpha$" → "ANTONI-alpha").
            // A model's variant after its versioned name is part of it ("YOLOv8x-pose", "Qwen2-instruct").
            if (lower && !(tail.Length == 1 && hyphen >= 2 && word.AsSpan(0, hyphen).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0)
                && !GreekTails.Contains(tail.ToString()) && !(ModelVariantTails.Contains(tail.ToString()) && word.AsSpan(0, hyphen).IndexOfAnyInRange('0', '9') >= 0))
            {
                return true;
            }
        }

        return word.Contains("arrow", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> ModelVariantTails = new(StringComparer.Ordinal)
    {
        "pose", "seg", "obb", "cls", "instruct", "chat", "base", "large", "small", "tiny", "mini", "xl", "turbo", "vision",
    };

    private static bool HasInnerCapitalOrDigit(string text, Token t)
    {
        for (var i = t.Start + 1; i < t.End; i++)
        {
            if (char.IsUpper(text[i]) || char.IsDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddDiscoveredMentions(string text, List<Candidate> found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        foreach (var (surface, (type, canonical, origin)) in discovered)
        {
            var at = 0;
            while ((at = text.IndexOf(surface, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + surface.Length;
                // "SM-SD" is no mention of the SD a paper defined: capitals before a hyphen make another name.
                var boundaryBefore = at == 0 || !char.IsLetterOrDigit(text[at - 1]) && !(text[at - 1] == '-' && at >= 2 && (char.IsUpper(text[at - 2]) || char.IsDigit(text[at - 2])));
                // "compared to traditional L-CRFs": the plural of a name the paper defined is a mention of it, "s" and all.
                var plural = end < text.Length && text[end] == 's' && (end + 1 >= text.Length || !char.IsLetterOrDigit(text[end + 1]));
                var boundaryAfter = end >= text.Length || !char.IsLetterOrDigit(text[end]) || plural;
                if (boundaryBefore && boundaryAfter)
                {
                    found.Add(new Candidate(at, plural ? end + 1 : end, type, canonical, origin, 3));
                }

                at = end;
            }
        }
    }

    // Longest first, then the more trusted rule; a span overlapping an accepted one is dropped.
    private static List<Candidate> Resolve(List<Candidate> found, List<(int Start, int End)> blocked)
    {
        var accepted = new List<Candidate>();
        foreach (var c in found.OrderByDescending(c => c.Length).ThenByDescending(c => c.Priority).ThenBy(c => c.Start))
        {
            if (blocked.Exists(b => c.Start < b.End && b.Start < c.End) || accepted.Exists(a => c.Start < a.End && a.Start < c.End))
            {
                continue;
            }

            accepted.Add(c);
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    private static RecognizedEntities Assemble(string text, List<Candidate> mentions, List<Candidate> titleMentions, HashSet<string> proposed)
    {
        var singulars = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var c in mentions)
        {
            singulars.TryAdd(c.Canonical, c);
            singulars.TryAdd(c.Surface ?? text[c.Start..c.End], c);
        }

        mentions = MergePlurals(text, mentions, singulars, proposed);
        titleMentions = MergePlurals(null, titleMentions, singulars, proposed);
        var groups = new Dictionary<string, List<(Candidate C, string Surface)>>(StringComparer.Ordinal);
        foreach (var c in mentions)
        {
            Add(groups, c, c.Surface ?? text[c.Start..c.End]);
        }

        foreach (var c in titleMentions)
        {
            Add(groups, c, null!);
        }

        var entities = new List<Entity>(groups.Count);
        foreach (var (key, list) in groups)
        {
            var first = list[0].C;
            var surfaces = list.Select(x => x.Surface).Where(s => s is not null).Distinct(StringComparer.Ordinal).ToList();
            if (surfaces.Count == 0 || (!surfaces.Contains(first.Canonical) && surfaces.Contains(first.Canonical + "s")))
            {
                // "Faster R-CNNs" alone names Faster R-CNN: the name stays singular, the plural is an alias.
                surfaces.Add(first.Canonical);
            }

            // The guideline's name: the shortest form in the text (the acronym when one is defined).
            var name = surfaces.OrderBy(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).First();
            if (first.Type == EntityType.Task)
            {
                name = Singular(name);
            }

            var aliases = surfaces.Where(s => !string.Equals(s, name, StringComparison.Ordinal)).ToList();
            var model = list.Select(x => x.C.Model).FirstOrDefault(m => m is not null);
            var origin = list.Select(x => x.C.Origin).OrderBy(o => o.StartsWith("lexicon", StringComparison.Ordinal) ? 1 : 0).First();
            entities.Add(new Entity(first.Type, name, key, aliases, list.Count(x => x.Surface is not null), origin, model));
        }

        var spans = mentions.Select(c => new EntityMention(c.Start, c.Length, c.Surface ?? text[c.Start..c.End], c.Type, c.Key, c.Origin)).ToList();
        var proposes = proposed.Where(groups.ContainsKey).ToList();
        return new RecognizedEntities(text, spans, entities, proposes);
    }

    // "HMMs" beside "HMM", "error rates" beside "error rate": a name in the plural is the same entity as the name.
    private static List<Candidate> MergePlurals(string? text, List<Candidate> mentions, Dictionary<string, Candidate> singulars, HashSet<string> proposed)
    {
        List<Candidate>? merged = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var c = mentions[i];
            if (c.Canonical.Length > 3 && c.Canonical[^1] == 's' && c.Canonical[^2] != 's' && singulars.TryGetValue(c.Canonical[..^1], out var one)
                && one.Key != c.Key && (one.Type == c.Type || (one.Type is EntityType.Model or EntityType.Method && c.Type is EntityType.Model or EntityType.Method)))
            {
                merged ??= [.. mentions];
                merged[i] = c with { Type = one.Type, Canonical = one.Canonical, Surface = c.Surface ?? text?[c.Start..c.End] };
                if (proposed.Remove(c.Key))
                {
                    proposed.Add(one.Key);
                }
            }
        }

        return merged ?? mentions;
    }

    private static void Add(Dictionary<string, List<(Candidate, string)>> groups, Candidate c, string surface)
    {
        if (!groups.TryGetValue(c.Key, out var list))
        {
            groups[c.Key] = list = [];
        }

        list.Add((c, surface));
    }

    private static string Singular(string task)
    {
        if (task.Any(char.IsUpper) && task.Count(char.IsUpper) > 1)
        {
            return task;
        }

        var words = task.ToLowerInvariant().Split(' ');
        words[^1] = words[^1].Singularize(inputIsKnownToBePlural: false);
        return string.Join(' ', words);
    }
}
