using PaperGraph.Domain;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class IdentityTests
{
    [Theory]
    [InlineData("http://arxiv.org/abs/1801.05533v1", "1801.05533")]
    [InlineData("oai:arXiv.org:0704.0002", "0704.0002")]
    [InlineData("2403.12345v3", "2403.12345")]
    [InlineData("cs/0701001v2", "cs/0701001")]
    [InlineData("https://arxiv.org/pdf/2106.09685v2.pdf", "2106.09685")]
    public void ArxivIdsLoseTheirVersionAndWrapping(string input, string id)
    {
        Assert.Equal(id, PaperIdentity.Choose(input, null, null, null, "abstract"));
    }

    [Fact]
    public void TheOrderIsArxivThenDoiThenInputIdThenTitleThenAbstract()
    {
        Assert.Equal("1801.05533", PaperIdentity.Choose("1801.05533", "10.1/x", "mine", "T", "A"));
        Assert.Equal("doi:10.1/x", PaperIdentity.Choose(null, "https://doi.org/10.1/X", "mine", "T", "A"));
        Assert.Equal("mine", PaperIdentity.Choose(null, null, "mine", "T", "A"));
        Assert.StartsWith("t:", PaperIdentity.Choose(null, null, null, "T", "A"), StringComparison.Ordinal);
        Assert.StartsWith("a:", PaperIdentity.Choose(null, null, null, null, "A"), StringComparison.Ordinal);
    }

    [Fact]
    public void TitleHashesIgnoreCaseSpacingAndPunctuation()
    {
        Assert.Equal(
            PaperIdentity.Choose(null, null, null, "Mix-LN: Unleashing the Power of Deeper Layers", "a"),
            PaperIdentity.Choose(null, null, null, "  mix ln unleashing the power of deeper   layers ", "b"));
        Assert.NotEqual(
            PaperIdentity.Choose(null, null, null, "Mix-LN", "a"),
            PaperIdentity.Choose(null, null, null, "Mix-LN 2", "a"));
    }

    [Fact]
    public async Task TheSameArxivPaperFromJsonAndOaiHasOneIdentity()
    {
        var (json, _) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"));
        var (oai, _) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "oai-3.xml"));

        Assert.Equal(json.Select(p => p.Id), oai.Select(p => p.Id));
    }

    [Fact]
    public async Task TheSeedsHold275DistinctPapersWithTheirOverlaps()
    {
        var (all, problems) = await ReaderTestKit.ReadAsync(TestPaths.Samples());
        var byFile = all.GroupBy(p => Path.GetFileName(p.Source.File)[..3]).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToHashSet());

        Assert.Empty(problems.Skips);
        Assert.Equal(275, all.Select(p => p.Id).Distinct().Count());
        Assert.Equal(21, byFile["000"].Union(byFile["001"]).Union(byFile["002"]).Count());
        Assert.Equal(210, byFile["003"].Count);
        Assert.Equal(47, byFile["004"].Count);
        Assert.Equal(3, byFile["003"].Intersect(byFile["004"]).Count());
    }
}
