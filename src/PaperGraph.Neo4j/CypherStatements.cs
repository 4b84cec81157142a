using System.Collections.Concurrent;
using System.Reflection;

namespace PaperGraph.Neo4j;

/// <summary>
/// The statements in cypher/, embedded into this assembly and looked up by file name. Values always
/// travel as parameters: no statement text is ever built at run time.
/// </summary>
internal static class CypherStatements
{
    private const string Prefix = "PaperGraph.Cypher.";
    private const string Suffix = ".cypher";
    private static readonly Assembly Assembly = typeof(CypherStatements).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of every embedded statement.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of the statement <paramref name="name"/> (cypher/<paramref name="name"/>.cypher).</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    private static string Load(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name + Suffix)
            ?? throw new InvalidOperationException($"no statement cypher/{name}.cypher is embedded in {Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
