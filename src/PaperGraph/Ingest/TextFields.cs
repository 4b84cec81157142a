using System.Globalization;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>Small helpers shared by readers: trimming, author lists, dates, paper construction.</summary>
internal static class TextFields
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy-MM", "yyyy",
        "MMM d, yyyy", "MMMM d, yyyy", "d MMM yyyy", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz",
    ];

    /// <summary>Trims and folds internal white space; null for blank.</summary>
    public static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Splits an author string ("A, B and C" or "A and B and C"; BibTeX "Last, First and …"). Commas inside
    /// parentheses do not split, and parenthesised affiliations ("A (MIT, USA)") are dropped from the names.
    /// </summary>
    public static IReadOnlyList<string> Authors(string? s, bool bibtex = false)
    {
        var text = Clean(s);
        if (text is null)
        {
            return [];
        }

        if (bibtex)
        {
            return text.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => a.Split(',', 2, StringSplitOptions.TrimEntries) is [var last, var first] ? $"{first} {last}" : a)
                .ToList();
        }

        var names = new List<string>();
        var name = new System.Text.StringBuilder();
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c == ',' || c == ';' || IsAnd(text, i)))
            {
                Add();
                i += c is ',' or ';' ? 0 : 4;
            }
            else if (depth == 0)
            {
                name.Append(c);
            }
        }

        Add();
        return names;

        void Add()
        {
            var n = Clean(name.ToString());
            if (n is not null)
            {
                names.Add(n);
            }

            name.Clear();
        }
    }

    private static bool IsAnd(string text, int i) =>
        text[i] == ' ' && string.CompareOrdinal(text, i, " and ", 0, 5) == 0;

    /// <summary>Normalises a date to yyyy-MM-dd (or yyyy-MM / yyyy when that is all there is); null when unparseable.</summary>
    public static string? Date(string? s)
    {
        var text = Clean(s);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d))
        {
            return text.Length == 4 ? d.ToString("yyyy", CultureInfo.InvariantCulture)
                : text.Length == 7 && text[4] == '-' ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Space- or comma-separated categories.</summary>
    public static IReadOnlyList<string> Categories(string? s) =>
        Clean(s)?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A paper with its identity chosen by <see cref="PaperIdentity.Choose"/>.</summary>
    public static Paper Paper(
        string? arxivId, string? doi, string? inputId, string? title, string abstractText, IReadOnlyList<string> authors,
        string? date, IReadOnlyList<string> categories, string? url, SourceLocation source)
    {
        var t = Clean(title);
        var a = abstractText.Trim();
        var d = Clean(doi);
        return new Paper(PaperIdentity.Choose(arxivId, d, Clean(inputId), t, a), t, a, authors, date, categories, Clean(url), d, source);
    }
}
