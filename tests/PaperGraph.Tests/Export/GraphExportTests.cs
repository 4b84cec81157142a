using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperGraph.Export;

namespace PaperGraph.Tests.Export;

public sealed partial class GraphExportTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task GraphMLParsesBackWithTheSameCountsAndDeclaredKeys()
    {
        var (counts, files) = await MemoryExportOutput.RunAsync(new GraphMLGraphExporter(), ExportFixture.Papers());
        var doc = XDocument.Parse(files["graph.graphml"]);
        var nodes = doc.Descendants(G + "node").ToList();
        var edges = doc.Descendants(G + "edge").ToList();
        Assert.Equal(ExportFixture.ExpectedNodes(), nodes.Count);
        Assert.Equal(ExportFixture.ExpectedRelationships(), edges.Count);
        Assert.Equal((counts.Nodes, counts.Relationships), (nodes.Count, edges.Count));

        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(nodes.Count, ids.Count);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, ids));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, ids));

        var keys = doc.Descendants(G + "key").Select(k => (string)k.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        Assert.All(doc.Descendants(G + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
        Assert.Contains(doc.Descendants(G + "data"), d => d.Value.StartsWith("It's a \"quoted\" back\\slash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neo4jCsvHasImportHeadersAndEveryRelationshipEndExists()
    {
        var (counts, files) = await MemoryExportOutput.RunAsync(new Neo4jCsvGraphExporter(), ExportFixture.Papers());
        var paperRows = Csv(files["papers.csv"]);
        var entityRows = Csv(files["entities.csv"]);
        Assert.Equal(["id:ID(Paper)", "title", "abstract", "year:int", "date", "authors:string[]", "categories:string[]", "url", ":LABEL"], paperRows[0]);
        Assert.Equal(["key:ID(Entity)", "name", "aliases:string[]", "family", "version", "params:long", ":LABEL"], entityRows[0]);
        Assert.Equal(ExportFixture.ExpectedNodes(), paperRows.Count - 1 + entityRows.Count - 1);

        var spaces = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["Paper"] = paperRows.Skip(1).Select(r => r[0]).ToHashSet(StringComparer.Ordinal),
            ["Entity"] = entityRows.Skip(1).Select(r => r[0]).ToHashSet(StringComparer.Ordinal),
        };
        Assert.Equal(paperRows.Count - 1, spaces["Paper"].Count);
        Assert.Equal(entityRows.Count - 1, spaces["Entity"].Count);
        Assert.All(entityRows.Skip(1), r => Assert.Matches("^Entity;(Model|Method|Dataset|Metric|Task)$", r[^1]));

        var relationships = 0;
        foreach (var file in Neo4jCsvGraphExporter.RelationshipFiles.Values)
        {
            var rows = Csv(files[file]);
            var header = rows[0];
            var start = IdSpace().Match(header[0]);
            var end = IdSpace().Match(header[1]);
            Assert.Equal(":START_ID", start.Groups[1].Value);
            Assert.Equal(":END_ID", end.Groups[1].Value);
            Assert.Equal(":TYPE", header[^1]);
            foreach (var row in rows.Skip(1))
            {
                Assert.Equal(header.Count, row.Count);
                Assert.Contains(row[0], spaces[start.Groups[2].Value]);
                Assert.Contains(row[1], spaces[end.Groups[2].Value]);
                relationships++;
            }
        }

        Assert.Equal(ExportFixture.ExpectedRelationships(), relationships);
        Assert.Equal(counts.Relationships, relationships);
        var claims = Csv(files["compares_against.csv"]);
        Assert.Contains("hedged:boolean", claims[0]);
        var nasty = claims.Single(r => r.Contains("P7"));
        Assert.Equal(ExportFixture.Nasty.Replace('\n', ' '), nasty[claims[0].IndexOf("evidence")]);
        Assert.Contains("neo4j-admin database import full neo4j", files["README.md"], StringComparison.Ordinal);
        Assert.Contains("--relationships=import/compares_against.csv", files["README.md"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonParsesWithNodesAndEdgesThatReferToThem()
    {
        var (_, files) = await MemoryExportOutput.RunAsync(new JsonGraphExporter(), ExportFixture.Papers());
        using var doc = JsonDocument.Parse(files["graph.json"]);
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var edges = doc.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(ExportFixture.ExpectedNodes(), nodes.Count);
        Assert.Equal(ExportFixture.ExpectedRelationships(), edges.Count);
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source").GetString()!, nodes));
        Assert.All(edges, e => Assert.Contains(e.GetProperty("target").GetString()!, nodes));
        Assert.Contains(edges, e => e.GetProperty("type").GetString() == "VARIANT_OF" && e.GetProperty("target").GetString() == "model:llama2");
    }

    [Fact]
    public async Task CypherMergesEveryNodeAndEscapesQuotesAndBackslashes()
    {
        var (counts, files) = await MemoryExportOutput.RunAsync(new CypherGraphExporter(), ExportFixture.Papers());
        var script = files["graph.cypher"];
        var statements = script.Split('\n').Where(l => l.StartsWith("MERGE", StringComparison.Ordinal) || l.StartsWith("MATCH", StringComparison.Ordinal)).ToList();
        Assert.Equal(counts.Nodes + counts.Relationships, statements.Count);
        Assert.Equal(ExportFixture.ExpectedNodes(), statements.Count(s => s.StartsWith("MERGE (n:", StringComparison.Ordinal)));
        Assert.DoesNotContain(statements, s => s.Contains("CREATE (", StringComparison.Ordinal));
        Assert.All(statements, s => Assert.True(BalancedQuotes(s), s));
        Assert.Contains(@"'It\'s a ""quoted"" back\\slash, semi;colon, comma, <tag> & ampersand,\nnew line\ttab \u0001 control'", script, StringComparison.Ordinal);
        Assert.Equal(script.Split('\n').Count(l => l == ":begin"), script.Split('\n').Count(l => l == ":commit"));
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"a\b", @"'a\\b'")]
    [InlineData("\\'", @"'\\\''")]
    [InlineData("line\r\nbreak", @"'line\r\nbreak'")]
    public void CypherStringLiteralsEscapeWhatWouldEndThem(string text, string expected) =>
        Assert.Equal(expected, CypherGraphExporter.Quote(text));

    [Fact]
    public async Task HtmlEmbedsTheLibraryAndEveryNodeWithoutACdn()
    {
        var (counts, files) = await MemoryExportOutput.RunAsync(new HtmlGraphExporter(), ExportFixture.Papers());
        var html = files["graph.html"];
        Assert.Contains("d3-force", html, StringComparison.Ordinal);
        Assert.Contains("forceSimulation", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.DoesNotContain("https://cdn", html, StringComparison.Ordinal);
        var json = Regex.Match(html, "<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(ExportFixture.ExpectedNodes(), doc.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(counts.Nodes, doc.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Contains(doc.RootElement.GetProperty("links").EnumerateArray(), l => l.TryGetProperty("evidence", out var e) && e.GetString() == ExportFixture.Nasty);
    }

    [Fact]
    public async Task HtmlKeepsTheMostConnectedNodesWhenCapped()
    {
        var (counts, files) = await MemoryExportOutput.RunAsync(new HtmlGraphExporter(maxNodes: 5), ExportFixture.Papers());
        Assert.Equal(5, counts.Nodes);
        Assert.Contains($"\"omittedNodes\":{ExportFixture.ExpectedNodes() - 5}", files["graph.html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamWritesEachRelationshipAfterBothItsNodes()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var element in GraphElementStream.ReadAsync(ExportFixture.Papers().ToAsyncEnumerable(), CancellationToken.None))
        {
            if (element is GraphNode n)
            {
                Assert.True(seen.Add(n.UniqueId), $"node {n.UniqueId} written twice");
            }
            else if (element is GraphEdge e)
            {
                Assert.Contains(e.StartUniqueId, seen);
                Assert.Contains(e.EndUniqueId, seen);
            }
        }
    }

    private static bool BalancedQuotes(string statement)
    {
        var inString = false;
        for (var i = 0; i < statement.Length; i++)
        {
            if (inString && statement[i] == '\\')
            {
                i++;
            }
            else if (statement[i] == '\'')
            {
                inString = !inString;
            }
        }

        return !inString && statement.EndsWith(';');
    }

    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var row = new List<string>();
            var i = 0;
            while (i <= line.Length)
            {
                if (i < line.Length && line[i] == '"')
                {
                    var sb = new System.Text.StringBuilder();
                    i++;
                    while (i < line.Length)
                    {
                        if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                        }
                        else if (line[i] == '"')
                        {
                            i++;
                            break;
                        }
                        else
                        {
                            sb.Append(line[i++]);
                        }
                    }

                    row.Add(sb.ToString());
                    i++;
                }
                else
                {
                    var end = line.IndexOf(',', i);
                    end = end < 0 ? line.Length : end;
                    row.Add(line[i..end].TrimEnd('\r'));
                    i = end + 1;
                }
            }

            rows.Add(row);
        }

        return rows;
    }

    [GeneratedRegex(@"^(:START_ID|:END_ID)\((\w+)\)$")]
    private static partial Regex IdSpace();
}
