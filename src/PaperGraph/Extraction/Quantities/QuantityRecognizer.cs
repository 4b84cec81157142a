using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Quantities;

/// <summary>
/// Recognises numbers with scales and units as written in abstracts: "7B", "4.7 billion", "70M",
/// "11.77 percentage points", "30.0%", "2.5×", "3x faster", "3.1 points". Our own small recogniser:
/// Microsoft.Recognizers.Text cannot be restored here, and abstracts need only these shapes.
/// </summary>
public static partial class QuantityRecognizer
{
    /// <summary>Every quantity in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<QuantityMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<QuantityMatch>();
        foreach (Match m in Pattern().Matches(text))
        {
            var number = double.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var (value, unit) = Normalize(number, m.Groups["scale"].Value, m.Groups["unit"].Value);
            list.Add(new QuantityMatch(new Quantity(value, unit, m.Value.Trim()), m.Index, m.Value.TrimEnd().Length));
        }

        return list;
    }

    private static (double Value, string Unit) Normalize(double n, string scale, string unit)
    {
        var factor = scale.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1e3,
            "m" or "million" => 1e6,
            "b" or "billion" => 1e9,
            "t" or "trillion" => 1e12,
            _ => 1,
        };
        var u = unit.ToLowerInvariant() switch
        {
            "%" or "percent" => "%",
            "pp" or "percentage point" or "percentage points" => "pp",
            "points" or "point" or "pts" => "points",
            "×" or "x" or "times" or "fold" or "-fold" => "x",
            "" => factor > 1 ? "params" : "",
            var other => other,
        };
        return (n * factor, u);
    }

    // A number (1,234 / 11.77), an optional scale (K/M/B/T or words), an optional unit.
    [GeneratedRegex(@"(?<![\w.])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:(?<scale>[KMBT])\b|\s?(?<scale>thousand|million|billion|trillion)\b)?(?:\s?(?<unit>%|×|percentage points?|pp\b|points?\b|pts\b|x\b|times\b|-?fold\b|percent\b))?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
