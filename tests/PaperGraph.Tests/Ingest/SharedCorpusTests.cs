using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

/// <summary>Reads the real files of ../shared/corpus end to end (skipped, with the reason, when absent).</summary>
public sealed class SharedCorpusTests
{
    [SharedCorpusFact]
    public async Task EveryFileOfTheSharedCorpusReadsWithTheExpectedCounts()
    {
        var corpus = TestPaths.SharedCorpus()!;
        async Task<int> Count(string relative)
        {
            var (papers, problems) = await ReaderTestKit.ReadAsync(Path.Combine(corpus, relative));
            Assert.Empty(problems.Skips);
            return papers.Count;
        }

        Assert.Equal(1000, await Count("arxiv-oai/1.xml"));
        Assert.Equal(10, await Count("arxiv-atom/einstein-2018.xml"));
        Assert.Equal(221, await Count("bibtex/midl-2026.bib"));
        Assert.Equal(287, await Count("seeds"));
    }

    [SharedCorpusFact]
    public async Task TheScaleCorpusHolds102538DistinctPapers()
    {
        // Streamed, not collected: the abstracts alone are 200 MB as strings.
        var problems = new ProblemList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var papers = 0;
        await foreach (var p in PaperInputs.ReadAsync([Path.Combine(TestPaths.SharedCorpus()!, "arxiv-cs-2007-2016.jsonl.gz")], null, problems, CancellationToken.None))
        {
            papers++;
            ids.Add(p.Id);
        }

        Assert.Empty(problems.Items);
        Assert.Equal(102_538, papers);
        Assert.Equal(102_538, ids.Count);
    }
}
