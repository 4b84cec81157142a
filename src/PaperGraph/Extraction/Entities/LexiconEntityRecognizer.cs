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
public sealed class LexiconEntityRecognizer(Lexicon lexicon) : IEntityRecognizer
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

        var tokens = Tokenizer.Tokenize(text);
        ScanLexicon(text, tokens, found);
        DiscoverAcronyms(text, found, discovered, blocked);
        DiscoverCoined(text, title, found, discovered, proposed);
        DiscoverHeadNouns(text, tokens, found, discovered);
        DiscoverNameShapes(text, tokens, discovered);
        AddDiscoveredMentions(text, found, discovered);

        var mentions = Resolve(found, blocked);
        var titleMentions = new List<Candidate>();
        if (title is not null)
        {
            ScanLexicon(title, Tokenizer.Tokenize(title), titleMentions);
            AddDiscoveredMentions(title, titleMentions, discovered);
            titleMentions = Resolve(titleMentions, []);
        }

        return Assemble(text, mentions, titleMentions, proposed);
    }

    private void ScanLexicon(string text, List<Token> tokens, List<Candidate> found)
    {
        var buffer = new List<char>(64);
        Span<char> scratch = stackalloc char[256];
        var i = 0;
        while (i < tokens.Count)
        {
            buffer.Clear();
            LexiconEntry? best = null;
            var bestEnd = -1;
            for (var j = i; j < tokens.Count && j < i + MaxTokensPerName; j++)
            {
                if (j > i && !Tokenizer.Joinable(text, tokens[j - 1], tokens[j]))
                {
                    break;
                }

                Tokenizer.AppendNormalized(text, tokens[j], buffer);
                if (buffer.Count > scratch.Length)
                {
                    break;
                }

                for (var k = 0; k < buffer.Count; k++)
                {
                    scratch[k] = buffer[k];
                }

                var key = scratch[..buffer.Count];
                if (!lexicon.IsPrefix(key))
                {
                    break;
                }

                if (lexicon.Lookup(key) is { } hits && Accept(text, tokens[i].Start, tokens[j].End, hits) is { } entry && !lexicon.IsStopword(key))
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

            if (best is null)
            {
                i++;
                continue;
            }

            var start = tokens[i].Start;
            var end = tokens[bestEnd].End;
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
            }

            while (i < tokens.Count && tokens[i].Start < end)
            {
                i++;
            }
        }
    }

    private static bool IsCompoundPart(string text, int start, int end) =>
        start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]) ||
        end + 1 < text.Length && text[end] == '-' && char.IsUpper(text[end + 1]);

    private static LexiconEntry? Accept(string text, int start, int end, List<(LexiconEntry Entry, string Exact)> hits)
    {
        string? exact = null;
        foreach (var (entry, form) in hits)
        {
            if (!Lexicon.NeedsExactCase(entry, form))
            {
                return entry;
            }

            exact ??= Lexicon.Exact(text[start..end]);
            if (string.Equals(form, exact, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private void DiscoverAcronyms(string text, List<Candidate> found, Dictionary<string, (EntityType, string, string)> discovered, List<(int, int)> blocked)
    {
        foreach (var d in Acronyms.Find(text))
        {
            var shortNorm = EntityKey.Normalize(d.Short);
            var longNorm = EntityKey.Normalize(d.Long);
            if (lexicon.IsStopword(shortNorm) || lexicon.IsStopword(longNorm) || lexicon.IsStopword(shortNorm.TrimEnd('s')))
            {
                // "Large Language Models (LLMs)": neither side is an entity.
                blocked.Add((d.LongStart, d.LongStart + d.Long.Length));
                blocked.Add((d.ShortStart, d.ShortStart + d.Short.Length));
                continue;
            }

            var entry = lexicon.Find(d.Short) ?? lexicon.Find(d.Long) ?? FindTrimmed(d.Long);
            var type = entry?.Type ?? HeadNouns.OfPhrase(d.Long);
            if (entry is null && type == EntityType.Model && d.Short.EndsWith('s') && d.Long.EndsWith('s'))
            {
                // A plural class ("Energy-Based Models (EBMs)", "Sparse Autoencoders (SAEs)") is a kind of technique, not a runnable model.
                type = EntityType.Method;
            }
            if (type is null)
            {
                // An unknown expansion with no telling head noun: a technique is the most common case,
                // but only when the long form reads like a proper name (capitalised words).
                if (!d.Long.Split(' ', '-').All(w => w.Length == 0 || char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "in" or "to" or "with" or "on"))
                {
                    continue;
                }

                type = EntityType.Method;
            }

            var canonical = entry?.Name ?? d.Short.TrimEnd('s') switch { var t when d.Short.EndsWith('s') && t.Length >= 2 && t.Any(char.IsUpper) && !d.Short.EndsWith("ss", StringComparison.Ordinal) => t, _ => d.Short };
            var origin = entry is null ? "acronym-definition" : "lexicon+acronym-definition";
            found.Add(new Candidate(d.ShortStart, d.ShortStart + d.Short.Length, type.Value, canonical, origin, 6));
            found.Add(new Candidate(d.LongStart, d.LongStart + d.Long.Length, type.Value, canonical, origin, 5));
            discovered.TryAdd(d.Short, (type.Value, canonical, origin));
            discovered.TryAdd(d.Long, (type.Value, canonical, origin));
        }
    }

    // "the Masked Language Modeling" → without leading function words. Only those: a longer name that
    // ends in a known one ("Tie-rank Oriented Direct Preference Optimization") is a new thing.
    private LexiconEntry? FindTrimmed(string longForm)
    {
        var words = longForm.Split(' ');
        var i = 0;
        while (i < words.Length - 1 && words[i].ToLowerInvariant() is "the" or "a" or "an" or "our" or "standard" or "vanilla")
        {
            i++;
        }

        return i == 0 ? null : lexicon.Find(string.Join(' ', words[i..]));
    }

    private void DiscoverCoined(string text, string? title, List<Candidate> found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered, HashSet<string> proposed)
    {
        // After an introduction verb, the first name that is new (not in the lexicon) is the contribution;
        // names after it in the clause are usually what it builds on.
        var introducedAt = new HashSet<int>();
        foreach (var (name, start) in CoinedNames.Introduced(text))
        {
            var sentence = SentenceOf(text, start);
            if (introducedAt.Contains(sentence) && !discovered.ContainsKey(name))
            {
                continue;
            }

            if (Propose(text, name, start, "coined-name", found, discovered, proposed))
            {
                introducedAt.Add(sentence);
            }
        }

        if (title is not null && CoinedNames.TitlePrefix(title) is { } prefix)
        {
            var at = text.IndexOf(prefix, StringComparison.Ordinal);
            Propose(at >= 0 ? text : title, prefix, at >= 0 ? at : 0, "title-prefix", at >= 0 ? found : null, discovered, proposed);
        }
    }

    private bool Propose(string text, string name, int start, string rule, List<Candidate>? found, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered, HashSet<string> proposed)
    {
        var norm = EntityKey.Normalize(name);
        if (norm.Length < 2 || lexicon.IsStopword(norm))
        {
            return false;
        }

        // A name the lexicon knows is used, not introduced ("we propose to use LoRA", "Chain-of-Thought (CoT)").
        if (lexicon.Find(name) is not null)
        {
            return false;
        }

        if (discovered.TryGetValue(name, out var known))
        {
            if (known.Origin.StartsWith("lexicon", StringComparison.Ordinal))
            {
                return false;
            }

            proposed.Add(EntityKey.For(known.Type, known.Canonical));
            return true;
        }

        var type = TypeFromContext(text, start, name.Length) ?? EntityType.Method;
        discovered[name] = (type, name, rule);
        proposed.Add(EntityKey.For(type, name));
        found?.Add(new Candidate(start, start + name.Length, type, name, rule, 4));
        return true;
    }

    private static int SentenceOf(string text, int at)
    {
        var dot = text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal);
        return dot < 0 ? 0 : dot;
    }

    private static EntityType? TypeFromContext(string text, int start, int length)
    {
        // The nearest describing head noun: in an appositive after the name, else just before it.
        var after = text.AsSpan(Math.Min(text.Length, start + length));
        var afterWords = after[..Math.Min(after.Length, 90)].ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var limit = Math.Min(afterWords.Length, 9);
        for (var i = 0; i < limit; i++)
        {
            if (afterWords[i].EndsWith('.') || afterWords[i] is "that" or "which" or "to" or "for" or "with" or "on" or "by" or "in" or "of")
            {
                if (HeadNouns.Of(afterWords[i]) is { } t1)
                {
                    return t1;
                }

                break;
            }

            if (HeadNouns.Of(afterWords[i]) is { } t)
            {
                return t;
            }
        }

        var before = text.AsSpan(0, start);
        var beforeWords = before[Math.Max(0, before.Length - 80)..].ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        for (var i = beforeWords.Length - 1; i >= Math.Max(0, beforeWords.Length - 6); i--)
        {
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
            if (tokens[i + 1].Start - tokens[i].End != 1 || !HasInnerCapitalOrDigit(text, tokens[i]))
            {
                continue;
            }

            var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
            if (!(next.StartsWith("dataset", StringComparison.OrdinalIgnoreCase) || next.StartsWith("benchmark", StringComparison.OrdinalIgnoreCase) || next.StartsWith("corpus", StringComparison.OrdinalIgnoreCase)))
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
    }

    // Coinages that only a name can be: CamelCase (GaLore), letters with digits (GPT4V), capitalised
    // hyphenated compounds (Mix-LN). Typed from a nearby head noun; a technique when nothing says otherwise.
    private void DiscoverNameShapes(string text, List<Token> tokens, Dictionary<string, (EntityType Type, string Canonical, string Origin)> discovered)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // A word is the tokens joined by hyphens without spaces ("Mix-LN", "LLM-Pruner").
            var first = i;
            while (i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End + 1 && text[tokens[i].End] == '-')
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
            if (word.Length < 3 || discovered.ContainsKey(word) || !CoinedNames.IsNameShaped(word) || !word.Any(char.IsLower))
            {
                continue;
            }

            var norm = EntityKey.Normalize(word);
            if (lexicon.IsStopword(norm) || lexicon.IsStopword(norm.TrimEnd('s')) || lexicon.Find(word) is not null || lexicon.Find(word.TrimEnd('s')) is not null)
            {
                continue;
            }

            var type = TypeFromContext(text, tokens[first].Start, word.Length) ?? EntityType.Method;
            discovered[word] = (type, word, "name-shape");
        }
    }

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
                var boundaryBefore = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                var boundaryAfter = end >= text.Length || !char.IsLetterOrDigit(text[end]) || text[end] == 's' && (end + 1 >= text.Length || !char.IsLetterOrDigit(text[end + 1]));
                if (boundaryBefore && boundaryAfter)
                {
                    found.Add(new Candidate(at, end, type, canonical, origin, 3));
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
            if (surfaces.Count == 0)
            {
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
