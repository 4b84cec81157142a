using System.IO.Compression;
using System.Text;
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
        Assert.Contains(problems.Skips, p => p.Message.Contains("no input file matches", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownFormatNameIsRejectedNamingTheKnownOnes()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"), "yaml"));

        Assert.Contains("jsonl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATruncatedGzipKeepsItsWholeRecordsAndSaysItLooksTruncated()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-truncated.jsonl.gz"));

        Assert.Equal(2, papers.Count);
        Assert.Equal(3, Assert.Single(problems.Skips).Location.Line);
        Assert.Contains("looks truncated", Assert.Single(problems.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8BeyondTheHeadOfACompressedFileIsCountedAndReported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papergraph-late-latin1-{Guid.NewGuid():N}.txt.gz");
        try
        {
            await using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                var valid = string.Concat(Enumerable.Range(0, 400).Select(i => $"Abstract: Paper number {i} proposes a method and evaluates it.\n"));
                gz.Write(Encoding.UTF8.GetBytes(valid));
                gz.Write(Encoding.Latin1.GetBytes("Abstract: A late paper about CaféNet and its résumé.\n"));
            }

            var (papers, problems) = await ReaderTestKit.ReadAsync(path);

            Assert.Equal(401, papers.Count);
            Assert.Contains('\uFFFD', papers[^1].Abstract);
            Assert.Contains("3 byte sequence(s)", Assert.Single(problems.Warnings).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Utf16TextWithAByteOrderMarkIsReadNotTakenForBinary()
    {
        var path = Path.Combine(Path.GetTempPath(), $"papergraph-utf16-{Guid.NewGuid():N}.txt");
        try
        {
            await File.WriteAllTextAsync(path, "Abstract: A paper written by Notepad about naïve Bayes.\n", Encoding.Unicode);

            var (papers, problems) = await ReaderTestKit.ReadAsync(path);

            Assert.Empty(problems.Items);
            Assert.Equal("A paper written by Notepad about naïve Bayes.", Assert.Single(papers).Abstract);
            Assert.Equal("utf-16", Assert.Single(problems.Files).Encoding);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AReaderThatFailsMidFileKeepsItsPapersAndTheRunGoesOn()
    {
        var problems = new ProblemList();
        var papers = new List<PaperGraph.Domain.Paper>();
        await foreach (var p in PaperInputs.ReadFileAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"), new ThrowingPaperReader(2), problems, CancellationToken.None))
        {
            papers.Add(p);
        }

        Assert.Equal(2, papers.Count);
        var problem = Assert.Single(problems.Skips);
        Assert.Contains("InvalidOperationException", problem.Message, StringComparison.Ordinal);
        Assert.Contains("arxiv-3.jsonl", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABibtexEntryLeftOpenAtTheEndOfTheFileIsReported()
    {
        var problems = new ProblemList();
        var papers = await ReaderTestKit.ReadTextAsync(new BibtexPaperReader(), "@article{ok, abstract={A}}\n\n@article{open,\n abstract = {never closed\n", problems);

        Assert.Single(papers);
        var problem = Assert.Single(problems.Skips);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("not closed", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oai-error.xml", "OAI-PMH error response 'noRecordsMatch': No records match the request")]
    [InlineData("atom-error.xml", "arXiv API error entry: incorrect id format for 1234.12345")]
    public async Task ErrorResponsesOfTheArxivServicesAreReportedNotReadAsPapers(string file, string message)
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", file));

        Assert.Empty(papers);
        Assert.Equal(message, Assert.Single(problems.Skips).Message);
    }

    [Fact]
    public async Task AFileInARecognisedFormatWithoutPapersGetsAWarning()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "empty-array.json"));

        Assert.Empty(papers);
        Assert.Empty(problems.Skips);
        Assert.Equal("no papers found in this json file", Assert.Single(problems.Warnings).Message);
    }

    [Fact]
    public async Task ALongLineOfGarbageGivesAShortMessage()
    {
        var problems = new ProblemList();
        var garbage = string.Concat(Enumerable.Repeat("not json at all, ", 2000));

        var papers = await ReaderTestKit.ReadTextAsync(new JsonPaperReader(), $"{{\"abstract\": \"A.\"}}\n{garbage}\n", problems);

        Assert.Single(papers);
        var problem = Assert.Single(problems.Skips);
        Assert.Equal(2, problem.Location.Line);
        Assert.InRange(problem.Message.Length, 20, 240);
    }
}
