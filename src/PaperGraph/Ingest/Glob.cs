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

        var regex = new Regex("^" + ToRegex(slash < 0 ? normalized : normalized[(slash + 1)..]) + "$", RegexOptions.CultureInvariant);
        var recursive = normalized.Contains("**", StringComparison.Ordinal) || normalized[(slash + 1)..].Contains('/', StringComparison.Ordinal);
        return Directory.EnumerateFiles(root, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Select(f => slash < 0 ? Path.GetRelativePath(".", f) : f)
            .Order(StringComparer.Ordinal);
    }

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
