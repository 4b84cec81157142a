using System.Text.Json;
using System.Xml.Linq;
using PaperGraph.Cli.Tests.Support;

namespace PaperGraph.Cli.Tests.Commands;

public sealed class ExportCommandTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    private Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.RunAsync([.. args, "--db", seeds.Db]);

    [Fact]
    public async Task GraphMLOfTheWholeStoreHasEveryPaperAndEntity()
    {
        var (exit, output, err) = await Run("export", "--format", "graphml");
        Assert.True(exit == 0, err);
        var (_, statsJson, _) = await Run("stats", "--format", "json");
        using var stats = JsonDocument.Parse(statsJson);
        var papers = stats.RootElement.GetProperty("papers").GetInt64();
        var entities = stats.RootElement.GetProperty("entitiesByType").EnumerateObject().Sum(p => p.Value.GetInt64());

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var doc = XDocument.Parse(output);
        var types = doc.Descendants(g + "node").Select(n => n.Elements(g + "data").First(d => (string)d.Attribute("key")! == "n_type").Value).ToList();
        Assert.Equal(papers, types.Count(t => t == "Paper"));

        // Model families added for VARIANT_OF may not be stored entities themselves.
        Assert.True(types.Count(t => t != "Paper") >= entities);
        Assert.Equal(stats.RootElement.GetProperty("comparisons").GetInt64(), doc.Descendants(g + "edge").Count(e => e.Elements(g + "data").Any(d => d.Value == "COMPARES_AGAINST")));
    }

    [Fact]
    public async Task CsvOfASurveyScopeGoesToADirectoryWithTheImportReadme()
    {
        var dir = Directory.CreateTempSubdirectory("pg-csv-").FullName;
        try
        {
            var (exit, _, err) = await Run("export", "--format", "neo4j-csv", "--survey", "pruning", "-o", dir);
            Assert.True(exit == 0, err);
            var (_, planJson, _) = await Run("survey", "pruning", "--format", "json");
            using var plan = JsonDocument.Parse(planJson);
            var paperRows = File.ReadAllLines(Path.Combine(dir, "papers.csv")).Length - 1;
            Assert.Equal(plan.RootElement.GetProperty("scope").GetProperty("papers").GetInt32(), paperRows);
            Assert.Contains("neo4j-admin database import full", await File.ReadAllTextAsync(Path.Combine(dir, "README.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task HtmlExportWritesTheFileTheBrowserTestChecks()
    {
        // tests/browser/run.sh reads the page from PAPERGRAPH_HTML_OUT when set; otherwise this writes to a temp file.
        var path = Environment.GetEnvironmentVariable("PAPERGRAPH_HTML_OUT") ?? Path.Combine(Path.GetTempPath(), $"pg-{Guid.NewGuid():N}.html");
        var (exit, _, err) = await Run("export", "--format", "html", "--survey", "pruning", "-o", path);
        Assert.True(exit == 0, err);
        var html = await File.ReadAllTextAsync(path);
        Assert.Contains("forceSimulation", html, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"task:pruning\"", html, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_HTML_OUT") is null)
        {
            File.Delete(path);
        }
    }
}
