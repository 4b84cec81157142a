using System.Globalization;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Quantities;

/// <summary>
/// Finds numbers with their scale and unit as papers write them: "7B" (7e9), "4.7 billion", "70M",
/// "11.77 percentage points" (pp), "30.0%", "2.5×", "3x faster", "3.1 lower perplexity", "2 points",
/// "up to 10x", "4-bit". A hand-written scanner (no regex): one pass, no allocation for text without
/// digits. Digits glued to a name ("LLaMA-7B", "C4", "GPT4") are not quantities.
/// </summary>
public static class QuantityRecognizer
{
    // Bounds written before a number; kept in the quantity's text so it is quoted honestly ("up to 10x").
    private static readonly string[] Bounds =
    [
        "up to ", "more than ", "at least ", "at most ", "over ", "nearly ", "almost ", "about ",
        "approximately ", "around ", "roughly ", "only ", "~", "≈", "> ", ">", "< ", "<", "≥", "≤",
    ];

    // Units after a number, longest first within a shared prefix. Scale words multiply the value.
    private static readonly (string Suffix, string Unit, double Scale, bool Spaced)[] Units =
    [
        ("percentage points", "pp", 1, true), ("percentage point", "pp", 1, true), ("percent", "%", 1, true),
        ("p.p.", "pp", 1, true), ("pp", "pp", 1, true), ("pp", "pp", 1, false), ("%", "%", 1, false), ("%", "%", 1, true),
        ("×", "x", 1, false), ("×", "x", 1, true), ("x", "x", 1, false), ("X", "x", 1, false),
        ("times", "x", 1, true), ("times", "x", 1, false), ("-fold", "x", 1, false), ("fold", "x", 1, true),
        ("points", "points", 1, true), ("point", "points", 1, true), ("pts", "points", 1, true),
        ("-bit", "bit", 1, false), ("bits", "bit", 1, true), ("bit", "bit", 1, true),
        ("trillion", "", 1e12, true), ("billion", "", 1e9, true), ("million", "", 1e6, true), ("thousand", "", 1e3, true),
        ("K", "", 1e3, false), ("k", "", 1e3, false), ("M", "", 1e6, false), ("B", "", 1e9, false), ("T", "", 1e12, false),
        ("GB", "GB", 1, false), ("GB", "GB", 1, true), ("MB", "MB", 1, false), ("MB", "MB", 1, true), ("TB", "TB", 1, true),
        ("ms", "ms", 1, false), ("ms", "ms", 1, true), ("seconds", "s", 1, true), ("minutes", "min", 1, true),
        ("hours", "h", 1, true), ("days", "days", 1, true),
    ];

    // Words that may follow a scaled count ("7B parameters", "1T tokens").
    private static readonly string[] CountNouns = ["parameters", "params", "tokens", "samples", "images", "examples"];

    // Metric names that serve as the unit of a bare number ("+2.1 AP", "26.79 perplexity", "1.5 BLEU points").
    private static readonly string[] MetricUnits =
    [
        "perplexity", "PPL", "BLEU", "sacreBLEU", "COMET", "ROUGE-L", "ROUGE", "chrF", "mAP", "AP", "mIoU", "F1", "EM", "WER", "CER",
        "FID", "PSNR", "SSIM", "dB", "accuracy", "top-1", "Elo",
    ];

    // Comparative words after a quantity ("3x faster", "3.1 lower perplexity", "2% improvement").
    private static readonly string[] Comparatives =
    [
        "faster", "slower", "higher", "lower", "better", "worse", "fewer", "smaller", "larger", "more", "less",
        "speedup", "speed-up", "improvement", "reduction", "gain", "increase", "decrease", "cheaper", "absolute", "relative",
    ];

    private static readonly (string Word, double Value)[] WordNumbers =
    [
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
    ];

    /// <summary>All quantities in the text, in order.</summary>
    public static IReadOnlyList<QuantityMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindAll(text, 0, text.Length);
    }

    /// <summary>All quantities inside <c>text[start..start+length]</c>, in order.</summary>
    public static IReadOnlyList<QuantityMatch> FindAll(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);
        var end = start + length;
        List<QuantityMatch>? found = null;
        var i = start;
        while (i < end)
        {
            if (TryMatchAt(text, i, start, end, out var m))
            {
                (found ??= []).Add(m);
                i = Math.Max(m.End, i + 1);
            }
            else
            {
                i++;
            }
        }

        return found ?? (IReadOnlyList<QuantityMatch>)[];
    }

    /// <summary>Parses a string that is exactly one quantity ("7B", "11.77 percentage points").</summary>
    public static bool TryParse(string text, out Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        for (var i = 0; i < t.Length; i++)
        {
            if (TryMatchAt(t, i, 0, t.Length, out var m) && m.End == t.Length && (m.Start == 0 || i == 0))
            {
                quantity = m.Quantity;
                return m.Start == 0;
            }
        }

        quantity = default;
        return false;
    }

    /// <summary>
    /// Matches a quantity whose number starts at <paramref name="pos"/> (or a written-out number word
    /// there); a bound written just before it ("up to") is included in the match.
    /// </summary>
    internal static bool TryMatchAt(string text, int pos, int min, int end, out QuantityMatch match)
    {
        match = default;
        var c = text[pos];
        int numStart = pos, numEnd;
        double value;
        var sign = 1.0;
        if (c is '+' or '-' or '−' && pos + 1 < end && char.IsAsciiDigit(text[pos + 1]) && (pos == min || text[pos - 1] is ' ' or '(' or '['))
        {
            sign = c == '+' ? 1 : -1;
            numStart = pos + 1;
        }
        else if (!char.IsAsciiDigit(c))
        {
            return TryWordNumber(text, pos, min, end, out match);
        }

        if (numStart > min && !StartsNumber(text, numStart, min))
        {
            return false;
        }

        if (!TryNumber(text, numStart, end, out value, out numEnd))
        {
            return false;
        }

        return Finish(text, pos, numEnd, sign * value, min, end, out match);
    }

    private static bool StartsNumber(string text, int i, int min)
    {
        var p = text[i - 1];
        if (char.IsLetterOrDigit(p) || p is '.' or ',' or '_')
        {
            return false;
        }

        // "LLaMA-7B", "GPT-3.5": a hyphen glued to a name continues the name, not a range or a sign;
        // after a quantity's unit ("1.18times-1.22times", "3x-4x") it is a range.
        if (!(p is '-' or '/' && i - 2 >= min && char.IsLetter(text[i - 2])))
        {
            return true;
        }

        var j = i - 2;
        while (j >= min && char.IsLetter(text[j]))
        {
            j--;
        }

        return j >= min && char.IsAsciiDigit(text[j]);
    }

    private static bool TryNumber(string text, int i, int end, out double value, out int next)
    {
        var j = i;
        while (j < end && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        // Thousands groups: "1,000,000" (exactly three digits after each comma).
        while (j + 3 < end + 1 && j < end && text[j] == ',' && j + 4 <= end && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]) && char.IsAsciiDigit(text[j + 3]) && (j + 4 == end || !char.IsAsciiDigit(text[j + 4])))
        {
            j += 4;
        }

        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            while (j < end && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        next = j;
        return double.TryParse(text.AsSpan(i, j - i), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryWordNumber(string text, int pos, int min, int end, out QuantityMatch match)
    {
        match = default;
        if (pos > min && char.IsLetterOrDigit(text[pos - 1]))
        {
            return false;
        }

        foreach (var (word, v) in WordNumbers)
        {
            if (Has(text, pos, end, word, ignoreCase: true) && pos + word.Length < end && !char.IsLetter(text[pos + word.Length]))
            {
                // Only with a unit: "two points", "three times"; a bare "two" is not a quantity here.
                return Finish(text, pos, pos + word.Length, v, min, end, out match) && match.Quantity.Unit.Length > 0;
            }
        }

        return false;
    }

    private static bool Finish(string text, int start, int numEnd, double value, int min, int end, out QuantityMatch match)
    {
        var j = numEnd;
        var unit = "";
        var scale = 1.0;
        if (TryUnit(text, j, end, out var u, out var s, out var next))
        {
            unit = u;
            scale = s;
            j = next;
            if (s != 1 && TryUnit(text, j, end, out var u2, out var s2, out var next2) && s2 == 1 && u2.Length > 0)
            {
                // "4.7 billion %" does not occur, but "1.5K ms" and "7B ×" should not double-count; take a unit after a scale.
                unit = u2;
                j = next2;
            }
        }

        if (unit.Length == 0 && scale != 1 && TryWordAfter(text, j, end, CountNouns, out var noun, out var afterNoun))
        {
            unit = noun == "params" ? "parameters" : noun;
            j = afterNoun;
        }

        if (unit.Length == 0 && scale == 1 && TryWordAfter(text, j, end, MetricUnits, out var metric, out var afterMetric))
        {
            unit = metric;
            j = afterMetric;
            if (TryWordAfter(text, j, end, ["points", "point"], out _, out var afterPoints))
            {
                j = afterPoints;
            }
        }

        if (unit is "" or "x" or "%" or "pp" or "points" && scale == 1 && TryWordAfter(text, j, end, Comparatives, out _, out var afterComparative))
        {
            j = afterComparative;
            if (unit.Length == 0 && TryWordAfter(text, j, end, MetricUnits, out var m2, out var afterM2))
            {
                // "3.1 lower perplexity": the metric is the unit of a bare number.
                unit = m2;
                j = afterM2;
            }
        }

        if (unit.Length == 0 && scale == 1 && j < end && char.IsLetter(text[j]))
        {
            // "8x7B", "3D", "2nd": digits glued to letters that are no unit are part of a name.
            match = default;
            return false;
        }

        var from = WithBound(text, start, min);
        var q = new Quantity(value * scale, unit, text[from..j]);
        match = new QuantityMatch(from, j - from, q);
        return true;
    }

    private static bool TryUnit(string text, int j, int end, out string unit, out double scale, out int next)
    {
        foreach (var (suffix, u, s, spaced) in Units)
        {
            var at = j;
            if (spaced)
            {
                if (at >= end || text[at] != ' ')
                {
                    continue;
                }

                at++;
            }

            if (!Has(text, at, end, suffix, ignoreCase: suffix.Length > 2 && char.IsLower(suffix[0])))
            {
                continue;
            }

            var after = at + suffix.Length;
            // A unit ends the word: "7B" but not "7Bn", "3x" but not "3x3" or "8x7B", "70M" but not "70Mb".
            if (after < end && (char.IsLetterOrDigit(text[after]) || (suffix is "x" or "X" or "×" && text[after] == '.' && after + 1 < end && char.IsAsciiDigit(text[after + 1]))))
            {
                continue;
            }

            unit = u;
            scale = s;
            next = after;
            return true;
        }

        unit = "";
        scale = 1;
        next = j;
        return false;
    }

    private static bool TryWordAfter(string text, int j, int end, string[] words, out string word, out int next)
    {
        if (j < end && text[j] == ' ')
        {
            foreach (var w in words)
            {
                var at = j + 1;
                var ignoreCase = !HasUpper(w);
                if (Has(text, at, end, w, ignoreCase) && (at + w.Length == end || !char.IsLetterOrDigit(text[at + w.Length])))
                {
                    word = w;
                    next = at + w.Length;
                    return true;
                }
            }
        }

        word = "";
        next = j;
        return false;
    }

    private static bool HasUpper(string s)
    {
        foreach (var ch in s)
        {
            if (char.IsUpper(ch))
            {
                return true;
            }
        }

        return false;
    }

    private static int WithBound(string text, int start, int min)
    {
        foreach (var b in Bounds)
        {
            var from = start - b.Length;
            if (from >= min && string.Compare(text, from, b, 0, b.Length, StringComparison.OrdinalIgnoreCase) == 0 && (from == min || !char.IsLetter(text[from - 1])))
            {
                return from;
            }
        }

        return start;
    }

    private static bool Has(string text, int at, int end, string s, bool ignoreCase) =>
        at + s.Length <= end && text.AsSpan(at, s.Length).Equals(s, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
