using System.Runtime.CompilerServices;
using PaperGraph.Domain;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Pipeline;

public sealed class IngestPipelineTests
{
    private static Paper P(string id, string text) =>
        new(id, null, text, [], null, [], null, null, new SourceLocation("mem", 1, 1));

    private static async IAsyncEnumerable<Paper> Stream(IEnumerable<Paper> papers, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var p in papers)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return p;
        }
    }

    private static IngestOptions Options(int batch) => new(batch, 2, TimeSpan.Zero);

    [Fact]
    public async Task EveryDistinctPaperIsWrittenOnceInBatches()
    {
        var store = new RecordingGraphStore();
        var papers = Enumerable.Range(0, 25).Select(i => P($"p{i}", "uses LoRA")).ToList();

        var summary = await new IngestPipeline(new WordExtractor(EntityType.Method, "LoRA"), store, Options(10))
            .RunAsync(Stream(papers), () => 0, null, CancellationToken.None);

        Assert.Equal(25, store.Papers.Count);
        Assert.Equal(25, store.BatchSizes.Sum());
        Assert.All(store.BatchSizes, b => Assert.InRange(b, 1, 10));
        Assert.Equal(25, summary.PapersRead);
        Assert.Equal(25, summary.PapersNew);
        Assert.Equal(1, summary.EntitiesByType[EntityType.Method]);
    }

    [Fact]
    public async Task ADuplicateIdInOneRunIsExtractedAndStoredOnce()
    {
        var store = new RecordingGraphStore();
        var extractor = new WordExtractor(EntityType.Method, "DPO");

        var summary = await new IngestPipeline(extractor, store, Options(4))
            .RunAsync(Stream([P("a", "DPO"), P("b", "x"), P("a", "DPO again")]), () => 0, null, CancellationToken.None);

        Assert.Equal(3, summary.PapersRead);
        Assert.Equal(1, summary.DuplicatesInRun);
        Assert.Equal(2, summary.PapersStored);
        Assert.Equal(2, extractor.Calls);
        Assert.Equal(2, store.Papers.Count);
    }

    [Fact]
    public async Task ASecondRunOverTheSameInputAddsNothingNew()
    {
        var store = new RecordingGraphStore();
        var papers = new[] { P("a", "x"), P("b", "y") };
        var pipeline = new IngestPipeline(new WordExtractor(EntityType.Method), store, Options(8));

        await pipeline.RunAsync(Stream(papers), () => 0, null, CancellationToken.None);
        var second = await pipeline.RunAsync(Stream(papers), () => 0, null, CancellationToken.None);

        Assert.Equal(2, second.PapersRead);
        Assert.Equal(0, second.PapersNew);
    }

    [Fact]
    public async Task SkippedRecordsAndProgressAreReported()
    {
        var reports = new List<IngestProgress>();
        var summary = await new IngestPipeline(new WordExtractor(EntityType.Method), new RecordingGraphStore(), Options(2))
            .RunAsync(Stream([P("a", "x"), P("b", "y"), P("c", "z")]), () => 7, new Progress(reports), CancellationToken.None);

        Assert.Equal(7, summary.RecordsSkipped);
        Assert.NotEmpty(reports);
        Assert.Equal(3, reports[^1].PapersRead);
        Assert.Equal(3, reports[^1].PapersWritten);
    }

    [Fact]
    public async Task CancellationStopsTheRun()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new IngestPipeline(new WordExtractor(EntityType.Method), new RecordingGraphStore(), Options(2))
                .RunAsync(Stream([P("a", "x")]), () => 0, null, cts.Token));
    }

    private sealed class Progress(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }
}
