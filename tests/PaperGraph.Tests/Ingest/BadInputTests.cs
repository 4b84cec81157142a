using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class BadInputTests
{
    [Fact]
    public async Task AJsonLineThatIsNotJsonIsSkippedWithItsLineNumberAndTheRestIsRead()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-bad-line.jsonl"));

        Assert.Equal(2, papers.Count);
        var problem = Assert.Single(problems.Skips);
        Assert.Equal(2, problem.Location.Line);
        Assert.EndsWith("arxiv-bad-line.jsonl", problem.Location.File, StringComparison.Ordinal);
        Assert.Contains("not a JSON object", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedXmlKeepsTheRecordsBeforeTheBreakAndSaysWhere()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "oai-truncated.xml"));

        Assert.Equal(2, papers.Count);
        var problem = Assert.Single(problems.Skips);
        Assert.True(problem.Location.Line > 0);
        Assert.Contains("XML breaks off", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "empty file")]
    [InlineData("binary.dat", "binary file")]
    [InlineData("unknown.txt", "not a recognised input format")]
    public async Task AWholeFileThatCannotBeReadIsAClearSkippedFileProblem(string file, string message)
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", file));

        Assert.Empty(papers);
        var problem = Assert.Single(problems.Skips);
        Assert.Equal(ReadProblemKind.SkippedFile, problem.Kind);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Contains(file, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonUtf8FileIsReadAsLatin1WithAWarningAndNothingLost()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "latin1.txt"));

        var p = Assert.Single(papers);
        Assert.Contains("CaféNet", p.Abstract, StringComparison.Ordinal);
        Assert.Contains("résumé", p.Abstract, StringComparison.Ordinal);
        var warning = Assert.Single(problems.Items);
        Assert.Equal(ReadProblemKind.Warning, warning.Kind);
        Assert.Contains("not valid UTF-8", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingPathAndAnEmptyGlobAreReported()
    {
        var problems = new ProblemList();
        var papers = new List<PaperGraph.Domain.Paper>();
        await foreach (var p in PaperInputs.ReadAsync(["/no/such/file.jsonl", TestPaths.Data("ingest", "*.nothing")], null, problems, CancellationToken.None))
        {
            papers.Add(p);
        }

        Assert.Empty(papers);
        Assert.Equal(2, problems.Skips.Count);
        Assert.Contains(problems.Skips, p => p.Message.Contains("no such file", StringComparison.Ordinal));
        Assert.Contains(problems.Skips, p => p.Message.Contains("no file matches", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownFormatNameIsRejectedNamingTheKnownOnes()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"), "yaml"));

        Assert.Contains("jsonl", ex.Message, StringComparison.Ordinal);
    }
}
