using System.Reflection;
using Humanizer;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// The typed lexicon of the field, loaded once from embedded TSV resources, indexed for one-pass
/// matching: every surface form is keyed by its normalised text (letters and digits, lower case),
/// and every token-boundary prefix of a form is kept so a scan stops as soon as no entry can match.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => Load(typeof(Lexicon).Assembly));

    private readonly Dictionary<string, List<(LexiconEntry Entry, string Exact, string Form)>> _forms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stop = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(LexiconEntry Entry, string Exact, string Form)>>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    private Lexicon(IEnumerable<LexiconEntry> entries, IEnumerable<string> stop)
    {
        foreach (var s in stop)
        {
            _stop.Add(EntityKey.Normalize(s));
        }

        var list = new List<LexiconEntry>();
        foreach (var e in entries)
        {
            list.Add(e);
            foreach (var form in Forms(e))
            {
                AddForm(e, form);
            }
        }

        Entries = list;
        _formLookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with PaperGraph.</summary>
    public static Lexicon Default => Shared.Value;

    /// <summary>Every entry.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Builds a lexicon from entries (tests, custom lexicons).</summary>
    public static Lexicon Create(IEnumerable<LexiconEntry> entries, IEnumerable<string> stop) => new(entries, stop);

    /// <summary>True when a normalised text is a generic phrase that is never an entity.</summary>
    public bool IsStopword(string normalized) => _stop.Contains(normalized);

    /// <summary>True when a normalised text is a generic phrase that is never an entity.</summary>
    public bool IsStopword(ReadOnlySpan<char> normalized) => _stop.GetAlternateLookup<ReadOnlySpan<char>>().Contains(normalized);

    internal bool IsPrefix(ReadOnlySpan<char> normalized) => _prefixLookup.Contains(normalized);

    internal List<(LexiconEntry Entry, string Exact, string Form)>? Lookup(ReadOnlySpan<char> normalized) =>
        _formLookup.TryGetValue(normalized, out var hits) ? hits : null;

    /// <summary>The entry a whole surface form names, if any (case rules applied).</summary>
    public LexiconEntry? Find(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var hits = Lookup(EntityKey.Normalize(surface));
        if (hits is null)
        {
            return null;
        }

        var exact = Exact(surface);
        foreach (var (entry, form, written) in hits)
        {
            if (IsNotTheForm(written, surface))
            {
                continue;
            }

            if (!NeedsExactCase(entry, form) || CaseFits(form, exact))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Short forms and case-sensitive entries must match letter case exactly ("TODO" is not "to do").</summary>
    internal static bool NeedsExactCase(LexiconEntry entry, string exactForm) =>
        entry.CaseSensitive || exactForm.Length <= 4 || exactForm.Any(char.IsUpper) && exactForm.Count(char.IsLetter) <= 5;

    /// <summary>
    /// True when a surface form may stand for a case-sensitive form: the same letters in the same case,
    /// or, for forms of five or more characters, a surface that is itself written as a name (a capital
    /// after the first letter: "LLama" for "LLaMA", "WANDA" for "Wanda") rather than as a common word
    /// ("arc", "Math").
    /// </summary>
    internal static bool CaseFits(string form, string exactSurface)
    {
        if (string.Equals(form, exactSurface, StringComparison.Ordinal))
        {
            return true;
        }

        if (form.Length < 5 || !string.Equals(form, exactSurface, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 1; i < exactSurface.Length; i++)
        {
            if (char.IsUpper(exactSurface[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the surface is not the form written another way: one word split in two (below), or a name whose star
    /// the surface lacks ("A* search" is not "a search algorithm", which normalised matching would make it).
    /// </summary>
    internal static bool IsNotTheForm(string form, ReadOnlySpan<char> surface) =>
        SplitsOneWord(form, surface) || (EndsWordWithStar(form) && !surface.Contains('*'));

    // "A* search", "IDA*": a star that ends a word is part of the name ("TF*IDF" only joins two).
    private static bool EndsWordWithStar(string form)
    {
        var star = form.IndexOf('*', StringComparison.Ordinal);
        return star >= 0 && (star == form.Length - 1 || form[star + 1] == ' ');
    }

    /// <summary>
    /// True when a form written as one word ("inaccuracy", "EfficientLLM") would be matched across
    /// white space ("in accuracy", "Efficient LLM"): that is two words, not the name.
    /// </summary>
    internal static bool SplitsOneWord(string form, ReadOnlySpan<char> surface)
    {
        if (!surface.Contains(' '))
        {
            return false;
        }

        foreach (var c in form)
        {
            if (!char.IsLetterOrDigit(c))
            {
                // "Pre-LN" may be written "Pre LN": the form already has a break there.
                return false;
            }
        }

        return true;
    }

    private static bool HasBreak(string form) => !form.All(char.IsLetterOrDigit);

    /// <summary>The letters and digits of a surface form, case kept.</summary>
    internal static string Exact(string surface) => new(surface.Where(c => char.IsLetterOrDigit(c) || c is '+' or '#' or '@').ToArray());

    private static IEnumerable<string> Forms(LexiconEntry e)
    {
        yield return e.Name;
        foreach (var a in e.Aliases)
        {
            yield return a;
        }

        if (e.Type == EntityType.Task && e.Name == e.Name.ToLowerInvariant())
        {
            // Tasks are matched in the plural too ("recommender systems").
            var words = e.Name.Split(' ');
            words[^1] = words[^1].Pluralize(inputIsKnownToBeSingular: false);
            yield return string.Join(' ', words);
        }
    }

    private void AddForm(LexiconEntry e, string form)
    {
        var tokens = Tokenizer.Tokenize(form);
        if (tokens.Count == 0)
        {
            return;
        }

        var buffer = new List<char>();
        for (var i = 0; i < tokens.Count; i++)
        {
            Tokenizer.AppendNormalized(form, tokens[i], buffer);
            var prefix = new string(buffer.ToArray());
            _prefixes.Add(prefix);
            if (i == tokens.Count - 1)
            {
                if (!_forms.TryGetValue(prefix, out var list))
                {
                    _forms[prefix] = list = [];
                }

                // "SPEA2" and its alias "SPEA 2" share letters; both stay, or the split form would read as a split word.
                if (!list.Exists(x => x.Entry == e && x.Exact == Exact(form) && HasBreak(x.Form) == HasBreak(form)))
                {
                    list.Add((e, Exact(form), form));
                }
            }
        }
    }

    private static Lexicon Load(Assembly assembly)
    {
        var entries = new List<LexiconEntry>();
        foreach (var line in ReadResource(assembly, "PaperGraph.Lexicon.lexicon.tsv"))
        {
            var f = line.Split('\t');
            if (f.Length < 2 || !Enum.TryParse<EntityType>(f[1], out var type))
            {
                continue;
            }

            var aliases = f.Length > 2 && f[2].Length > 0 ? f[2].Split('|') : [];
            entries.Add(new LexiconEntry(f[0], type, aliases, f.Length > 3 && f[3] == "cs", f.Length > 4 ? f[4] : "lexicon"));
        }

        return new Lexicon(entries, ReadResource(assembly, "PaperGraph.Lexicon.stoplist.tsv"));
    }

    private static IEnumerable<string> ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
