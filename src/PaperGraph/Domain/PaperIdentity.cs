using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Domain;

/// <summary>
/// Stable paper identity across runs and files: the arXiv id when present (version suffix dropped),
/// else the DOI, else the input's own id, else a hash of the normalised title (or of the abstract
/// when there is no title).
/// </summary>
public static partial class PaperIdentity
{
    /// <summary>Chooses the identity of a paper from what its record offers.</summary>
    /// <param name="arxivId">An arXiv id or URL (http://arxiv.org/abs/1234.5678v2, oai:arXiv.org:…, cs/0701001).</param>
    /// <param name="doi">A DOI or doi.org URL.</param>
    /// <param name="inputId">The record's own id field.</param>
    /// <param name="title">The title.</param>
    /// <param name="abstractText">The abstract.</param>
    public static string Choose(string? arxivId, string? doi, string? inputId, string? title, string abstractText)
    {
        if (TryArxivId(arxivId, out var ax))
        {
            return ax;
        }

        if (!string.IsNullOrWhiteSpace(doi))
        {
            return "doi:" + NormalizeDoi(doi);
        }

        if (!string.IsNullOrWhiteSpace(inputId))
        {
            // An input id that is itself an arXiv id gets the same identity as the arXiv record.
            return TryArxivId(inputId, out var ax2) ? ax2 : inputId.Trim();
        }

        return !string.IsNullOrWhiteSpace(title)
            ? "t:" + Hash(NormalizeText(title))
            : "a:" + Hash(NormalizeText(abstractText));
    }

    /// <summary>Extracts a bare arXiv id (no version) from an id, URL or OAI identifier.</summary>
    public static bool TryArxivId(string? text, out string id)
    {
        id = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = ArxivRegex().Match(text.Trim());
        if (!m.Success)
        {
            return false;
        }

        id = m.Groups["id"].Value;
        return true;
    }

    /// <summary>Lower-cases a DOI and strips URL and "doi:" prefixes.</summary>
    public static string NormalizeDoi(string doi)
    {
        var d = doi.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (d.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                d = d[prefix.Length..];
            }
        }

        return d.ToLowerInvariant();
    }

    /// <summary>Lower-cases text and keeps only letters and digits separated by single spaces.</summary>
    public static string NormalizeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    private static string Hash(string normalized)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), digest);
        return Convert.ToHexStringLower(digest[..6]);
    }

    // New-style ids (0704.0001, 2403.12345) and old-style ids (cs/0701001, math.CO/0601001),
    // bare or inside arxiv.org URLs and OAI identifiers; the version suffix is dropped.
    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/|oai:arXiv\.org:|arxiv:)?(?<id>\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?:\.pdf)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivRegex();
}
