using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Domain;
using PaperGraph.Neo4j.Tests.Support;

namespace PaperGraph.Neo4j.Tests;

public sealed partial class BloomPerspectiveTests
{
    private static readonly JsonElement Perspective = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("bloom", "papergraph.perspective.json"))).RootElement;

    [Fact]
    public void ItHasTheTopLevelShapeBloomExports()
    {
        foreach (var key in new[] { "name", "id", "version", "categories", "relationshipTypes", "palette", "templates" })
        {
            Assert.True(Perspective.TryGetProperty(key, out _), $"the perspective lacks '{key}'");
        }

        foreach (var c in Perspective.GetProperty("categories").EnumerateArray())
        {
            foreach (var key in new[] { "labels", "properties", "captionKeys", "color", "size", "styleRules" })
            {
                Assert.True(c.TryGetProperty(key, out _), $"category {c.GetProperty("name")} lacks '{key}'");
            }
        }
    }

    [Fact]
    public void ThereIsACategoryPerEntityLabelAndForPapers()
    {
        var labels = Perspective.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("labels").EnumerateArray().Select(l => l.GetString())).Order();
        Assert.Equal(Enum.GetNames<EntityType>().Append("Paper").Order(), labels);
        var rels = Perspective.GetProperty("relationshipTypes").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Order();
        Assert.Equal(["COMPARES_AGAINST", "MENTIONS", "PROPOSES", "VARIANT_OF"], rels);
    }

    [Fact]
    public void EverySearchPhraseRunsTheCypherOfAFileInTheCypherFolder()
    {
        var files = CypherStatements.Names.ToDictionary(n => n, n => Comment().Replace(CypherStatements.Get(n), "").Trim());
        var phrases = Perspective.GetProperty("templates").EnumerateArray().ToList();
        Assert.Contains(phrases, t => t.GetProperty("text").GetString() == "Methods that beat $name");
        Assert.Contains(phrases, t => t.GetProperty("text").GetString() == "Papers comparing $a and $b");
        foreach (var t in phrases)
        {
            var cypher = t.GetProperty("cypher").GetString()!;
            Assert.Contains(files, f => f.Value == cypher.Trim());
            var declared = t.GetProperty("params").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.TrimStart('$')).Order();
            var used = Parameter().Matches(cypher).Select(m => m.Groups[1].Value).Distinct().Order();
            Assert.Equal(used, declared);
            var inText = Parameter().Matches(t.GetProperty("text").GetString()!).Select(m => m.Groups[1].Value).Order();
            Assert.Equal(used, inText);
        }
    }

    [GeneratedRegex(@"^\s*//.*\n?", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
