using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class HuggingFaceDailyPaperReaderTests
{
    private static readonly string LongAbstract = string.Concat(Enumerable.Repeat("We propose a sparse method and show it works on many benchmarks. ", 5));

    [Fact]
    public async Task AShortAbstractFollowedByAuthorsIsStillAnAbstract()
    {
        var text = $"Daily Papers\n\nShort Paper\n\nWe study one thing briefly.\n\n  • 1 authors\n·\nMay 2, 2024\n\nLong Paper\n\n{LongAbstract}\n";

        var papers = await ReaderTestKit.ReadTextAsync(new HuggingFaceDailyPaperReader(), text);

        Assert.Equal(["Short Paper", "Long Paper"], papers.Select(p => p.Title));
        Assert.Equal("We study one thing briefly.", papers[0].Abstract);
        Assert.Equal("2024-05-02", papers[0].Date);
        Assert.Null(papers[1].Date);
    }

    [Fact]
    public async Task AShortAbstractWithoutTrailerIsReadWhenTheNextTitleFollows()
    {
        var text = $"First Paper\n\n{LongAbstract}\n\nSecond Paper\n\nA short abstract without any trailer lines.\n\nThird Paper\n\n{LongAbstract}\n\n  • 3 authors\n·\nJun 24\n";

        var papers = await ReaderTestKit.ReadTextAsync(new HuggingFaceDailyPaperReader(), text);

        Assert.Equal(["First Paper", "Second Paper", "Third Paper"], papers.Select(p => p.Title));
        Assert.Equal("A short abstract without any trailer lines.", papers[1].Abstract);
        Assert.All(papers, p => Assert.Null(p.Date));
    }

    [Fact]
    public async Task PageTextBeforeTheFirstPaperIsNotedAndATitleWithoutAbstractIsReported()
    {
        var problems = new ProblemList();
        var text = $"Some banner\n\nFirst Paper\n\n{LongAbstract}\n\n  • 2 authors\n·\nOct 5, 2017\n\nOrphan Title\n\n  • 2 authors\n\nLast Paper\n\n{LongAbstract}\n";

        var papers = await ReaderTestKit.ReadTextAsync(new HuggingFaceDailyPaperReader(), text, problems);

        Assert.Equal(["First Paper", "Last Paper"], papers.Select(p => p.Title));
        Assert.Equal("2017-10-05", papers[0].Date);
        Assert.Equal(3, papers[0].Source.Line);
        var info = Assert.Single(problems.Items, p => p.Kind == ReadProblemKind.Info);
        Assert.Contains("Some banner", info.Message, StringComparison.Ordinal);
        var skipped = Assert.Single(problems.Skips);
        Assert.Equal(11, skipped.Location.Line);
        Assert.Contains("Orphan Title", skipped.Message, StringComparison.Ordinal);
    }
}
