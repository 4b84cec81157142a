using PaperGraph.Domain;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Comparisons;
using PaperGraph.Extraction.Entities;
using PaperGraph.Pipeline;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction;

/// <summary>A stage that throws on one abstract costs that abstract's findings, reported, not the run.</summary>
public sealed class AbstractExtractorFailureTests
{
    private static Paper P(string id, string text) =>
        new(id, null, text, [], null, [], null, null, new SourceLocation("corpus.jsonl", 7, 7));

    private sealed class ThrowingClaims : IComparisonExtractor
    {
        public IReadOnlyList<Comparison> Extract(Paper paper, RecognizedEntities entities) =>
            paper.Id == "bad" ? throw new IndexOutOfRangeException("Index was outside the bounds of the array.") : new PatternComparisonExtractor().Extract(paper, entities);
    }

    private sealed class ThrowingEntities : IEntityRecognizer
    {
        public RecognizedEntities Recognize(Paper paper) => throw new InvalidOperationException("lexicon gone");
    }

    [Fact]
    public void AFailedClaimStageKeepsTheEntitiesAndSaysWhatFailed()
    {
        var extractor = new AbstractExtractor(new LexiconEntityRecognizer(), new ThrowingClaims(), "test");

        var x = extractor.Extract(P("bad", "We propose FooNet. FooNet outperforms LoRA on MMLU."));

        Assert.Contains(x.Entities, e => e.Name == "LoRA");
        Assert.Empty(x.Comparisons);
        Assert.NotNull(x.Failure);
        Assert.Contains("comparison extraction failed", x.Failure, StringComparison.Ordinal);
        Assert.Contains("IndexOutOfRangeException", x.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedEntityStageKeepsThePaper()
    {
        var x = new AbstractExtractor(new ThrowingEntities(), new PatternComparisonExtractor(), "test").Extract(P("p", "Some text."));

        Assert.Equal("p", x.Paper.Id);
        Assert.Empty(x.Entities);
        Assert.Contains("entity recognition failed", x.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void APaperThatExtractsCleanlyHasNoFailure()
    {
        var x = new AbstractExtractor(new LexiconEntityRecognizer(), new ThrowingClaims(), "test").Extract(P("good", "We propose FooNet. FooNet outperforms LoRA on MMLU."));

        Assert.Null(x.Failure);
        Assert.NotEmpty(x.Comparisons);
    }

    [Fact]
    public async Task IngestStoresEveryPaperAndListsTheFailedOnes()
    {
        var store = new RecordingGraphStore();
        var extractor = new AbstractExtractor(new LexiconEntityRecognizer(), new ThrowingClaims(), "test");
        var papers = new[] { P("good", "FooNet outperforms LoRA."), P("bad", "BarNet outperforms LoRA."), P("also", "Nothing here.") };

        var summary = await new IngestPipeline(extractor, store, new IngestOptions(2, 2, TimeSpan.Zero))
            .RunAsync(papers.ToAsyncEnumerable(), () => 0, null, CancellationToken.None);

        Assert.Equal(3, store.Papers.Count);
        var failed = Assert.Single(summary.Failures!);
        Assert.Equal("bad", failed.Paper.Id);
        Assert.Equal("corpus.jsonl:7", failed.Paper.Source.ToString());
    }
}
