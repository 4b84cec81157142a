using System.Text;

namespace PaperGraph.Domain;

/// <summary>
/// Normalises names so that surface variants meet: case, spaces, hyphens, underscores, dots and
/// slashes are ignored (the guideline's matching rule). "LLaMA 2 7B", "Llama-2-7B" and "llama2_7b" all
/// normalise to "llama27b".
/// </summary>
public static class EntityKey
{
    /// <summary>The normalised form of a name, used for matching and lookup.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is '+' or '#' or '@' or '×' or '*')
            {
                // These carry meaning in names (C++, pass@k, 8×7B, RRT* beside RRT) and are kept.
                sb.Append(c == '×' ? 'x' : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The corpus-wide key of an entity: "model:llama7b".</summary>
    public static string For(EntityType type, string name) =>
        string.Concat(type.ToString().ToLowerInvariant(), ":", Normalize(name));
}
