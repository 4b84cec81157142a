using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite;

/// <summary>Binds values to a command's <c>$name</c> parameters in the order they first appear in its text.</summary>
internal static partial class SqliteCommandExtensions
{
    public static SqliteCommand Bind(this SqliteCommand cmd, params object?[] values)
    {
        if (cmd.Parameters.Count == 0)
        {
            foreach (var name in ParameterName().Matches(cmd.CommandText).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        if (values.Length != cmd.Parameters.Count)
        {
            throw new ArgumentException($"command has {cmd.Parameters.Count} parameters, {values.Length} values given", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return cmd;
    }

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
