using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Extends a matched model family over the version, size and variant tokens that follow it
/// (LLaMA-2-13B, Llama 3-8B, Mixtral 8x7B, Qwen2.5-72B-Instruct, ViT-B/16, ResNet-50, BERT-base), and
/// expands slash shorthand (OPT-2.7B/6.7B/13B, LLaMA-V1/V2, ResNet-18/50) into one candidate each.
/// </summary>
internal static partial class ModelNames
{
    private static readonly HashSet<string> SizeWords = new(StringComparer.OrdinalIgnoreCase) { "base", "large", "small", "tiny", "mini", "medium", "xl", "xxl", "huge", "giant" };
    private static readonly HashSet<string> VariantWords = new(StringComparer.OrdinalIgnoreCase) { "instruct", "chat", "turbo", "it", "hf", "coder", "math", "vision", "v" };

    /// <summary>Families whose bare numbers are depths or sizes (ResNet-50, VGG-16), not versions.</summary>
    private static readonly HashSet<string> NumberedFamilies = new(StringComparer.OrdinalIgnoreCase) { "ResNet", "VGG", "DenseNet", "ResNeXt", "Wide ResNet", "EfficientNet", "WRN", "MobileNet" };

    // "v1" "." "5": the token after a dot glued to both sides, when it is all digits.
    private static int? DecimalPart(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].End + 1 == tokens[k + 1].Start && text[tokens[k].End] == '.'
        && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].End - tokens[k + 1].Start) is var digits && digits.Length <= 2 && !digits.ContainsAnyExcept("0123456789") ? k + 1 : null;

    public static IEnumerable<Candidate> Extend(string text, List<Token> tokens, int first, int last, LexiconEntry family)
    {
        var i = last;
        var lastPart = last;
        string? version = null, size = null, variant = null;
        var numbered = NumberedFamilies.Contains(family.Name);

        // Version: "V1", "v2" or a number right after the family ("LLaMA 3" when the lexicon lacks it).
        if (Next(text, tokens, i) is { } v && (VersionToken().IsMatch(Slice(text, tokens[v])) || !numbered && IsNumber(text, tokens, v, out _) && !SizeToken().IsMatch(Slice(text, tokens[v]))) && !IsSizeAhead(text, tokens, v))
        {
            version = Slice(text, tokens[v]);
            i = v;
            lastPart = v;
            if (DecimalPart(text, tokens, v) is { } minor)
            {
                // "LLaVA-v1.5-7B", "Llama 3.1": the version goes on after the dot.
                version = text[tokens[v].Start..tokens[minor].End];
                i = minor;
                lastPart = minor;
            }
        }

        if (Next(text, tokens, i) is { } s)
        {
            var tok = Slice(text, tokens[s]);
            lastPart = s;
            if (SizeToken().IsMatch(tok))
            {
                size = tok;
                i = s;
            }
            else if (IsDecimalSize(text, tokens, s, out var decimalSize, out var end))
            {
                size = decimalSize;
                i = end;
            }
            else if (SizeWords.Contains(tok))
            {
                size = tok;
                i = s;
            }
            else if (numbered && IsNumber(text, tokens, s, out _))
            {
                size = tok;
                i = s;
            }
            else if (tok.Length == 1 && "TSBLHgG".Contains(tok[0], StringComparison.Ordinal) && text[tokens[s].Start - 1] == '-')
            {
                // ViT-B/16 (size letter and patch size), ViT-G, Swin-T.
                size = tok;
                i = s;
                if (Next(text, tokens, s) is { } patch && tokens[s].End < text.Length && text[tokens[s].End] == '/' && IsNumber(text, tokens, patch, out _))
                {
                    size = $"{tok}/{Slice(text, tokens[patch])}";
                    i = patch;
                }
            }
            else
            {
                lastPart = i;
            }
        }

        if (size is not null && Next(text, tokens, i) is { } w && VariantWords.Contains(Slice(text, tokens[w])) && text[tokens[i].End] == '-')
        {
            variant = Slice(text, tokens[w]);
            i = w;
        }
        else if (size is not null && Next(text, tokens, i) is { } r && text[tokens[i].End] == '-' && VersionToken().IsMatch(Slice(text, tokens[r])))
        {
            // "Mistral-7B-v0.1": a release after the size.
            variant = Slice(text, tokens[r]);
            i = r;
            if (DecimalPart(text, tokens, r) is { } minor)
            {
                variant = text[tokens[r].Start..tokens[minor].End];
                i = minor;
            }
        }

        if (version is null && size is null)
        {
            yield break;
        }

        var start = tokens[first].Start;
        var surface = text[start..tokens[i].End];
        yield return new Candidate(start, tokens[i].End, EntityType.Model, surface, "lexicon+model-structure", 3)
        {
            Model = new ModelInfo(family.Name, version, size, Parameters(size), variant),
        };

        // Slash shorthand: each "/X" after the last token repeats the name with X in its place.
        var prefix = text[start..tokens[lastPart].Start];
        while (Next(text, tokens, i) is { } alt && text[tokens[i].End] == '/' && tokens[alt].Start == tokens[i].End + 1)
        {
            var altTok = Slice(text, tokens[alt]);
            var altEnd = alt;
            if (IsDecimalSize(text, tokens, alt, out var dec, out var decEnd))
            {
                altTok = dec;
                altEnd = decEnd;
            }

            var isSize = size is not null && (SizeToken().IsMatch(altTok) || numbered && IsNumber(text, tokens, alt, out _));
            var isVersion = size is null && version is not null && VersionToken().IsMatch(altTok);
            if (!isSize && !isVersion)
            {
                yield break;
            }

            var name = prefix + altTok;
            lastPart = alt;
            yield return new Candidate(tokens[alt].Start, tokens[altEnd].End, EntityType.Model, name, "lexicon+slash-expansion", 3)
            {
                Surface = name,
                Model = new ModelInfo(family.Name, isVersion ? altTok : version, isSize ? altTok : null, isSize ? Parameters(altTok) : null, null),
            };
            i = altEnd;
        }
    }

    /// <summary>
    /// "Pythia models ranging from 70M to 7B parameters": a bare family followed, in the same clause,
    /// by a size range gives one sized model for each end of the range.
    /// </summary>
    public static IEnumerable<Candidate> Range(string text, int familyEnd, LexiconEntry family)
    {
        var window = Math.Min(60, text.Length - familyEnd);
        if (window <= 0)
        {
            return [];
        }

        var m = SizeRange().Match(text, familyEnd, window);
        if (!m.Success)
        {
            return [];
        }

        var result = new List<Candidate>(2);
        foreach (var g in new[] { m.Groups["from"], m.Groups["to"] })
        {
            var name = $"{family.Name}-{g.Value}";
            result.Add(new Candidate(g.Index, g.Index + g.Length, EntityType.Model, name, "lexicon+size-range", 3)
            {
                Surface = name,
                Model = new ModelInfo(family.Name, null, g.Value, Parameters(g.Value), null),
            });
        }

        return result;
    }

    /// <summary>Parameter count from a size such as "7B", "1.3B", "70M", "8x7B"; null for words like "base".</summary>
    public static long? Parameters(string? size)
    {
        if (size is null)
        {
            return null;
        }

        var m = ParamSize().Match(size);
        if (!m.Success)
        {
            return null;
        }

        var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["experts"].Success)
        {
            value *= double.Parse(m.Groups["experts"].Value, CultureInfo.InvariantCulture);
        }

        var scale = char.ToUpperInvariant(m.Groups["unit"].Value[0]) switch { 'T' => 1e12, 'B' => 1e9, 'M' => 1e6, _ => 1e3 };
        return (long)Math.Round(value * scale);
    }

    private static bool IsSizeAhead(string text, List<Token> tokens, int v) =>
        SizeToken().IsMatch(Slice(text, tokens[v])) || IsDecimalSize(text, tokens, v, out _, out _);

    // "1.3B" tokenises as "1" "3B" with a dot between.
    private static bool IsDecimalSize(string text, List<Token> tokens, int s, out string size, out int end)
    {
        size = "";
        end = s;
        if (s + 1 >= tokens.Count || !IsNumber(text, tokens, s, out _) || tokens[s + 1].Start != tokens[s].End + 1 || text[tokens[s].End] != '.')
        {
            return false;
        }

        var tail = Slice(text, tokens[s + 1]);
        if (!SizeToken().IsMatch(tail) || !char.IsDigit(tail[0]))
        {
            return false;
        }

        size = $"{Slice(text, tokens[s])}.{tail}";
        end = s + 1;
        return true;
    }

    private static bool IsNumber(string text, List<Token> tokens, int i, out int value) =>
        int.TryParse(text.AsSpan(tokens[i].Start, tokens[i].Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static int? Next(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && Tokenizer.Joinable(text, tokens[i], tokens[i + 1]) && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).IndexOf(' ') < 0 || i + 1 < tokens.Count && tokens[i + 1].Start - tokens[i].End == 1 && text[tokens[i].End] == ' '
            ? i + 1
            : null;

    private static string Slice(string text, Token t) => text[t.Start..t.End];

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)?|\d+x\d+)[BMT]$|^\d+(?:\.\d+)?[bm]$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeToken();

    // Within the clause (no sentence end or semicolon): "from 70M to 7B", "between 125M and 13B".
    [GeneratedRegex(@"\G[^.;:]{0,40}?\b(?:from|between) (?<from>\d+(?:\.\d+)?[MBT]) (?:to|and) (?<to>\d+(?:\.\d+)?[MBT])\b", RegexOptions.CultureInvariant)]
    private static partial Regex SizeRange();

    [GeneratedRegex(@"^[Vv]\d+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionToken();

    [GeneratedRegex(@"^(?:(?<experts>\d+)x)?(?<n>\d+(?:\.\d+)?)(?<unit>[KMBTkmbt])$", RegexOptions.CultureInvariant)]
    private static partial Regex ParamSize();
}
