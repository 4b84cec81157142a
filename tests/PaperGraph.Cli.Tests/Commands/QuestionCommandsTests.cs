using System.Text.Json;
using PaperGraph.Cli.Tests.Support;

namespace PaperGraph.Cli.Tests.Commands;

public sealed class QuestionCommandsTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    private Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.RunAsync([.. args, "--db", seeds.Db]);

    [Fact]
    public void IngestOfTheSamplesCounts275DistinctPapers()
    {
        using var doc = JsonDocument.Parse(seeds.IngestOutput);
        var rows = doc.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("what").GetString()!, r => r.GetProperty("count").GetString()!);

        Assert.Equal("287", rows["papers read"]);
        Assert.Equal("275", rows["papers stored (distinct)"]);
        Assert.Equal("0", rows["records skipped"]);
        Assert.NotEqual("0", rows["comparisons"]);
    }

    [Theory]
    [InlineData("DPO", "TODO")]
    [InlineData("Pre-LN", "Mix-LN")]
    [InlineData("NTP", "MEAP")]
    public async Task BeatsListsTheWinnerTheSeedsStateWithEvidence(string loser, string winner)
    {
        var (exit, output, err) = await Run("beats", loser, "--format", "json");

        Assert.True(exit == 0, err);
        using var doc = JsonDocument.Parse(output);
        var row = doc.RootElement.GetProperty("rows").EnumerateArray()
            .First(r => string.Equals(Norm(r.GetProperty("entity").GetProperty("name").GetString()!), Norm(winner), StringComparison.Ordinal));
        var evidence = row.GetProperty("claims")[0].GetProperty("evidence").GetString()!;
        Assert.Contains(loser, evidence, StringComparison.Ordinal);
        Assert.Contains("outperform", evidence, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BeatenByIsTheOtherDirection()
    {
        var (exit, output, _) = await Run("beaten-by", "mix-ln", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.StartsWith("Outperformed,Type,Papers", output, StringComparison.Ordinal);
        Assert.Contains("Pre-LN", output, StringComparison.Ordinal);
        Assert.Contains("Post-LN", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownNameExitsThreeWithSuggestions()
    {
        var (exit, _, err) = await Run("beats", "Mix-LX");

        Assert.Equal(3, exit);
        Assert.Contains("did you mean", err, StringComparison.Ordinal);
        Assert.Contains("Mix", err, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShowPrintsTheEntityCardWithItsOrigin()
    {
        var (exit, output, _) = await Run("show", "TODO", "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("Method", doc.RootElement.GetProperty("entity").GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("origin").GetString()));
        Assert.NotEmpty(doc.RootElement.GetProperty("proposedBy").EnumerateArray());
    }

    [Fact]
    public async Task CompareListsClaimsBetweenTwoEntities()
    {
        var (exit, output, _) = await Run("compare", "Mix-LN", "Post-LN", "--format", "markdown");

        Assert.Equal(0, exit);
        Assert.Contains("| Subject | Outcome | Object |", output, StringComparison.Ordinal);
        Assert.Contains("outperforms", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PapersMentioningFindsThePaperOfAnEntity()
    {
        var (exit, output, _) = await Run("papers", "--mentions", "MEAP", "--mentions", "NTP", "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.NotEmpty(doc.RootElement.EnumerateArray());
    }

    [Fact]
    public async Task StatsReportCountsAndRankings()
    {
        var (exit, output, _) = await Run("stats", "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(275, doc.RootElement.GetProperty("papers").GetInt64());
        Assert.NotEmpty(doc.RootElement.GetProperty("mostComparedAgainst").EnumerateArray());
    }

    [Fact]
    public async Task AQuestionWithoutAStoreSaysHowToMakeOne()
    {
        var (exit, _, err) = await CliRunner.RunAsync(["stats", "--db", "/nonexistent/x.db"]);

        Assert.Equal(1, exit);
        Assert.Contains("papergraph ingest", err, StringComparison.Ordinal);
    }

    private static string Norm(string s) => new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
