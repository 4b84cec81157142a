using PaperGraph.Domain;
using PaperGraph.Survey;

namespace PaperGraph.Tests.Survey;

public sealed class SurveyPlannerTests
{
    private static readonly SurveyPlan Plan = SurveyPlanner.Plan(SurveyGraph.Build(SurveyFixture.Papers()), "fixture", "all papers", null);

    private static string K(string name) => SurveyFixture.Key(EntityType.Method, name);

    [Fact]
    public void ScopeCountsPapersYearsAndClaims()
    {
        Assert.Equal(6, Plan.Scope.Papers);
        Assert.Equal(2022, Plan.Scope.FirstYear);
        Assert.Equal(2024, Plan.Scope.LastYear);
        Assert.Equal(SurveyFixture.Papers().Sum(p => p.Comparisons.Count), Plan.Scope.Claims);
        Assert.Equal(2, Plan.Scope.EntitiesByType["Task"]);
    }

    [Fact]
    public void MostComparedAgainstBaselineComesFirstWithItsCounts()
    {
        var first = Plan.Baselines[0];
        Assert.Equal(K("magnitude pruning"), first.Entity.Key);
        Assert.Equal(2, first.TimesComparedAgainst);
        Assert.Equal(2, first.Papers);
        var wanda = Assert.Single(Plan.Baselines, b => b.Entity.Key == K("Wanda"));
        Assert.Equal(2, wanda.TimesComparedAgainst);
        Assert.Equal(1, wanda.Papers);
    }

    [Fact]
    public void LeadersAreRankedByWinsNetOfLosses()
    {
        var ria = Plan.Leaders[0];
        Assert.Equal(K("RIA"), ria.Entity.Key);
        Assert.Equal((2, 0, 2), (ria.Wins, ria.Losses, ria.Net));
        Assert.All(ria.Evidence, e => Assert.Equal("P3", e.PaperId));

        // SparseGPT and Wanda each win two and lose two: no net lead.
        Assert.DoesNotContain(Plan.Leaders, l => l.Entity.Key == K("SparseGPT") || l.Entity.Key == K("Wanda"));
    }

    [Fact]
    public void ClaimsInBothDirectionsAreAContradictionWithEachSidesEvidence()
    {
        var c = Assert.Single(Plan.Contradictions);
        var keys = new[] { c.A.Key, c.B.Key };
        Assert.Contains(K("SparseGPT"), keys);
        Assert.Contains(K("Wanda"), keys);
        var wandaWins = c.A.Key == K("Wanda") ? c.AOverB : c.BOverA;
        var sparseWins = c.A.Key == K("Wanda") ? c.BOverA : c.AOverB;
        Assert.Equal("P2", Assert.Single(wandaWins).PaperId);
        Assert.Equal("P3", Assert.Single(sparseWins).PaperId);
        Assert.Contains("\"outperforms\"", sparseWins[0].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void FrequentMethodsNeverComparedAreAGap()
    {
        var gap = Assert.Single(Plan.Gaps.UncomparedPairs, g => new[] { g.A.Key, g.B.Key }.Order(StringComparer.Ordinal).SequenceEqual(new[] { K("LoRA"), K("Wanda") }.Order(StringComparer.Ordinal)));
        Assert.Equal("pruning", gap.SharedTask);

        // Compared pairs are never gaps.
        Assert.DoesNotContain(Plan.Gaps.UncomparedPairs, g => new[] { g.A.Key, g.B.Key }.Contains(K("SparseGPT")) && new[] { g.A.Key, g.B.Key }.Contains(K("Wanda")));
    }

    [Fact]
    public void TaxonomyGroupsMethodsByTheirTaskWithTheProposingPaper()
    {
        var pruning = Assert.Single(Plan.Taxonomy, g => g.Area == "pruning");
        var sparse = Assert.Single(pruning.Methods, m => m.Key == K("SparseGPT"));
        Assert.Equal("P1", sparse.ProposedBy?.Id);
        var quant = Assert.Single(Plan.Taxonomy, g => g.Area == "quantization");
        Assert.Contains(quant.Methods, m => m.Key == K("GPTQ") && m.ProposedBy?.Id == "P4");
    }

    [Fact]
    public void AModelThePapersOnlyRunOnIsNeitherInTheTaxonomyNorAGap()
    {
        var llama = SurveyFixture.Key(EntityType.Model, "LLaMA-7B");
        Assert.DoesNotContain(Plan.Taxonomy.SelectMany(g => g.Methods), m => m.Key == llama);
        Assert.DoesNotContain(Plan.Gaps.UncomparedPairs, g => g.A.Key == llama || g.B.Key == llama);
    }

    [Fact]
    public void MatrixCellsReadFromTheRowsPointOfView()
    {
        var cell = Assert.Single(Plan.Matrix.Cells, c => c.RowKey == K("Wanda") && c.ColumnKey == K("SparseGPT"));
        Assert.Contains(cell.Outcomes, o => o.Symbol == ">" && o.PaperId == "P2");
        Assert.Contains(cell.Outcomes, o => o.Symbol == "<" && o.PaperId == "P3");
        var onPar = Assert.Single(Plan.Matrix.Cells, c => c.RowKey == K("AWQ") && c.ColumnKey == K("GPTQ"));
        Assert.Equal("≈", Assert.Single(onPar.Outcomes).Symbol);
    }

    [Fact]
    public void DatasetsTableShowsWhereMethodsAreEvaluated()
    {
        var col = Plan.Datasets.Datasets.ToList().FindIndex(d => d.Name == "WikiText-2");
        Assert.True(col >= 0);
        var wanda = Assert.Single(Plan.Datasets.Rows, r => r.Method.Key == K("Wanda"));
        Assert.Equal(1, wanda.Papers[col]);
        var wiki = Assert.Single(Plan.Datasets.Metrics, m => m.Dataset.Name == "WikiText-2");
        Assert.Equal("perplexity", wiki.Metrics[0]);
    }

    [Fact]
    public void ReadingListPutsPapersWhoseProposalsAreComparedAboveMentionOnlyPapers()
    {
        var order = Plan.ReadingList.Select(r => r.Paper.Id).ToList();
        Assert.Equal(6, order.Count);
        Assert.True(order.IndexOf("P1") < order.IndexOf("P5"));
        Assert.True(order.IndexOf("P2") < order.IndexOf("P6"));
        Assert.Contains("proposes", Plan.ReadingList[0].Why, StringComparison.Ordinal);
        Assert.True(Plan.ReadingList[0].Score > Plan.ReadingList[^1].Score);
    }

    [Fact]
    public void AProposalComparedByOtherPapersRanksItsPaperAboveAnIdenticalUncomparedOne()
    {
        // A proposes X and B proposes Y, alike in every other way; C and D compare their methods against X only.
        static PaperExtraction P(string id, string[] proposes, string[] methods, (string Winner, string Loser)[] claims) => new(
            new Paper(id, id, "text", [], "2024", [], null, null, new SourceLocation("t", 1, 1)),
            methods.Select(m => new Entity(EntityType.Method, m, K(m), [], 1, "t")).ToList(),
            proposes,
            claims.Select(c => new Comparison(c.Winner, K(c.Winner), c.Loser, K(c.Loser), ComparisonOutcome.Outperforms, $"{c.Winner} beats {c.Loser}.", 0, 1)).ToList());
        var plan = SurveyPlanner.Plan(
            SurveyGraph.Build([
                P("B", ["Y"], ["Y"], []),
                P("A", ["X"], ["X"], []),
                P("C", ["Z"], ["Z", "X"], [("Z", "X")]),
                P("D", ["W"], ["W", "X"], [("W", "X")]),
            ]),
            "x",
            "x",
            null);
        var order = plan.ReadingList.Select(r => r.Paper.Id).ToList();
        Assert.True(order.IndexOf("A") < order.IndexOf("B"), string.Join(",", order));
        Assert.Contains("compared in 2 other papers", plan.ReadingList.Single(r => r.Paper.Id == "A").Why, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyScopeSaysSoInEverySection()
    {
        var plan = SurveyPlanner.Plan(SurveyGraph.Build([]), "nothing", "no match", null);
        var md = MarkdownSurveyWriter.Write(plan);
        Assert.Contains("- Papers: 0", md, StringComparison.Ordinal);
        Assert.Contains("No methods, and no models proposed or compared", md, StringComparison.Ordinal);
        Assert.Contains("No comparison claims in scope", md, StringComparison.Ordinal);
        Assert.Contains("No pair in scope has claims in both directions", md, StringComparison.Ordinal);
        Assert.Contains("No papers in scope", md, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownHasEveryNumberedSectionAndCitesTheFacts()
    {
        var md = MarkdownSurveyWriter.Write(Plan);
        for (var i = 1; i <= 9; i++)
        {
            Assert.Contains($"\n## {i}. ", md, StringComparison.Ordinal);
        }

        Assert.Contains("| Wanda |", md, StringComparison.Ordinal);
        Assert.Contains("SparseGPT > Wanda", md, StringComparison.Ordinal);
        Assert.Contains("RIA outperforms Wanda on C4.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonRoundTripsTheSections()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(SurveyJson.Write(Plan));
        Assert.Equal(6, doc.RootElement.GetProperty("scope").GetProperty("papers").GetInt32());
        Assert.Equal(Plan.Contradictions.Count, doc.RootElement.GetProperty("contradictions").GetArrayLength());
        Assert.Equal("Method", doc.RootElement.GetProperty("leaders")[0].GetProperty("entity").GetProperty("type").GetString());
    }
}
