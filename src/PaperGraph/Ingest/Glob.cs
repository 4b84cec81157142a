using System.Text;
using System.Text.RegularExpressions;

namespace PaperGraph.Ingest;

/// <summary>File globs: <c>*</c> and <c>?</c> within a path segment, <c>**</c> across folders.</summary>
internal static class Glob
{
    public static IEnumerable<string> Match(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWild = normalized.IndexOfAny(['*', '?']);
        var slash = normalized.LastIndexOf('/', firstWild);
        var root = slash < 0 ? "." : normalized[..slash];
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var tail = slash < 0 ? normalized : normalized[(slash + 1)..];
        var regex = new Regex("^" + ToRegex(tail) + "$", RegexOptions.CultureInvariant);

        // As in shells, wildcards do not match hidden files and folders (.git…) unless the pattern names a dot.
        var hiddenWanted = tail.StartsWith('.') || tail.Contains("/.", StringComparison.Ordinal);
        var recursive = normalized.Contains("**", StringComparison.Ordinal) || normalized[(slash + 1)..].Contains('/', StringComparison.Ordinal);
        return Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => regex.IsMatch(f.Relative) && (hiddenWanted || !IsHidden(f.Relative)))
            .Select(f => f.Full)
            .Select(f => slash < 0 ? Path.GetRelativePath(".", f) : f)
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string relative) =>
        relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal);

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more folders.
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else
            {
                sb.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }

        return sb.ToString();
    }
}
