using System.Text.Json;
using PaperGraph.Cli.Tests.Support;
using PaperGraph.Domain;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli.Tests.Commands;

public sealed class SurveyCommandTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    private Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.RunAsync([.. args, "--db", seeds.Db]);

    [Theory]
    [InlineData("pruning", "task:pruning")]
    [InlineData("LLaMA-7B", "model:llama7b")]
    public async Task PlanSectionsAreFilledFromTheSeedGraph(string topic, string key)
    {
        var (exit, output, err) = await Run("survey", topic, "--format", "json");
        Assert.True(exit == 0, err);
        using var doc = JsonDocument.Parse(output);
        var plan = doc.RootElement;

        // The scope is what the store says: papers mentioning the entity, plus full-text phrase matches.
        var (scopeIds, extractions) = await ScopeFromStoreAsync(key, topic);
        Assert.Equal(key, plan.GetProperty("scope").GetProperty("topic").GetProperty("key").GetString());
        Assert.Equal(scopeIds.Count, plan.GetProperty("scope").GetProperty("papers").GetInt32());
        var claims = extractions.SelectMany(x => x.Comparisons.Select(c => (Paper: x.Paper.Id, Claim: c))).ToList();
        Assert.Equal(claims.Count, plan.GetProperty("scope").GetProperty("claims").GetInt32());

        // Taxonomy: every method is named in the scope, and each proposer is a paper in scope that proposes it.
        var methods = plan.GetProperty("taxonomy").EnumerateArray().SelectMany(g => g.GetProperty("methods").EnumerateArray()).ToList();
        Assert.NotEmpty(methods);
        foreach (var m in methods)
        {
            var mKey = m.GetProperty("key").GetString()!;
            Assert.Equal(extractions.Count(x => x.Entities.Any(e => e.Key == mKey) || x.Comparisons.Any(c => c.SubjectKey == mKey || c.ObjectKey == mKey)), m.GetProperty("papers").GetInt32());
            if (m.TryGetProperty("proposedBy", out var by) && by.ValueKind == JsonValueKind.Object)
            {
                Assert.Contains(by.GetProperty("id").GetString()!, scopeIds);
            }
        }

        // Baselines: counts are the claims in scope with that entity as object.
        var baselines = plan.GetProperty("baselines").EnumerateArray().ToList();
        Assert.NotEmpty(baselines);
        foreach (var b in baselines)
        {
            var bKey = b.GetProperty("entity").GetProperty("key").GetString()!;
            Assert.Equal(claims.Count(c => c.Claim.ObjectKey == bKey), b.GetProperty("timesComparedAgainst").GetInt32());
        }

        // Leaders: wins and losses are counted from the claims, and the evidence is a sentence of a paper in scope.
        var leaders = plan.GetProperty("leaders").EnumerateArray().ToList();
        Assert.NotEmpty(leaders);
        foreach (var l in leaders)
        {
            var lKey = l.GetProperty("entity").GetProperty("key").GetString()!;
            Assert.Equal(claims.Count(c => c.Claim.Outcome == ComparisonOutcome.Outperforms && c.Claim.SubjectKey == lKey), l.GetProperty("wins").GetInt32());
            var ev = l.GetProperty("evidence")[0];
            Assert.Contains(claims, c => c.Paper == ev.GetProperty("paperId").GetString() && c.Claim.Evidence == ev.GetProperty("evidence").GetString());
        }

        // Reading list: papers in scope, as many as the list allows.
        var reading = plan.GetProperty("readingList").EnumerateArray().ToList();
        Assert.Equal(Math.Min(20, scopeIds.Count), reading.Count);
        Assert.All(reading, r => Assert.Contains(r.GetProperty("paper").GetProperty("id").GetString()!, scopeIds));
        Assert.All(reading, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("why").GetString())));
    }

    [Fact]
    public async Task MarkdownPlanIsWrittenToTheFileWithEverySection()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pg-plan-{Guid.NewGuid():N}.md");
        try
        {
            var (exit, _, err) = await Run("survey", "pruning", "-o", path);
            Assert.True(exit == 0, err);
            var md = await File.ReadAllTextAsync(path);
            foreach (var section in new[] { "Scope", "Taxonomy", "Standard baselines", "Leaders", "Comparison matrix", "Contradictions", "Gaps", "Datasets and metrics", "Reading list" })
            {
                Assert.Contains($". {section}\n", md, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("No methods, and no models proposed or compared", md, StringComparison.Ordinal);
            Assert.DoesNotContain("No comparison claims in scope", md, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ATopicNothingMatchesExitsThree()
    {
        var (exit, _, err) = await Run("survey", "zyxwvut qqq");
        Assert.Equal(3, exit);
        Assert.Contains("no papers match", err, StringComparison.Ordinal);
    }

    private async Task<(HashSet<string> Ids, List<PaperExtraction> Extractions)> ScopeFromStoreAsync(string key, string topic)
    {
        await using var store = await SqliteGraphStore.OpenAsync(seeds.Db, CancellationToken.None);
        var ids = (await store.PapersMentioningAsync([key], CancellationToken.None)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        ids.UnionWith((await store.SearchPapersAsync("\"" + topic + "\"", 5000, CancellationToken.None)).Select(p => p.Id));
        var extractions = new List<PaperExtraction>();
        await foreach (var x in store.ReadAllAsync(CancellationToken.None))
        {
            if (ids.Contains(x.Paper.Id))
            {
                extractions.Add(x);
            }
        }

        return (ids, extractions);
    }
}
