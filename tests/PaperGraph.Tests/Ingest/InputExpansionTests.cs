using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class InputExpansionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "papergraph-inputs-" + Guid.NewGuid().ToString("N"));

    public InputExpansionTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "sub", "deeper"));
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.Copy(TestPaths.Data("ingest", "arxiv-3.jsonl"), Path.Combine(_root, "a.jsonl"));
        File.Copy(TestPaths.Data("ingest", "atom-2.xml"), Path.Combine(_root, "sub", "feed.xml"));
        File.Copy(TestPaths.Data("ingest", "midl-3.bib"), Path.Combine(_root, "sub", "deeper", "midl.bib"));
        File.WriteAllText(Path.Combine(_root, "README.md"), "# Inputs\n\nSample inputs for the tests.\n\nAbstract: not a paper, a readme.\n");
        File.WriteAllText(Path.Combine(_root, ".hidden.txt"), "Abstract: hidden files are not inputs.\n");
        File.Copy(TestPaths.Data("ingest", "arxiv-3.jsonl"), Path.Combine(_root, ".git", "copy.jsonl"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AFolderIsReadRecursivelyPassingOverReadmesAndHiddenFilesWithANote()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(_root);

        Assert.Equal(3 + 2 + 3, papers.Count);
        Assert.Empty(problems.Skips);
        Assert.Equal(["a.jsonl", "feed.xml", "midl.bib"], problems.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(["json", "atom", "bibtex"], problems.Files.Select(f => f.Format));
        var notes = problems.Items.Where(p => p.Kind == ReadProblemKind.Info).Select(p => Path.GetFileName(p.Location.File)).ToList();
        Assert.Contains("README.md", notes);
        Assert.Contains(".hidden.txt", notes);
        Assert.Contains(".git", notes);
    }

    [Fact]
    public async Task AFileNamedExplicitlyThatIsNoInputIsAClearProblem()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(Path.Combine(_root, "README.md"));

        Assert.Empty(papers);
        var problem = Assert.Single(problems.Skips);
        Assert.Equal(ReadProblemKind.SkippedFile, problem.Kind);
        Assert.Contains("README.md", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("not a recognised input format", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**", 3)]
    [InlineData("**/*.xml", 1)]
    [InlineData("*.jsonl", 1)]
    [InlineData("sub/*", 1)]
    [InlineData("sub/**/*.bib", 1)]
    public async Task GlobsMatchWithinAndAcrossFolders(string pattern, int files)
    {
        var (_, problems) = await ReaderTestKit.ReadAsync(Path.Combine(_root, pattern));

        Assert.Empty(problems.Skips);
        Assert.Equal(files, problems.Files.Count);
    }

    [Fact]
    public async Task AGlobThatNamesAnExtensionReadsWhatItNames()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(Path.Combine(_root, "*.md"));

        Assert.Empty(papers);
        Assert.Contains("not a recognised input format", Assert.Single(problems.Skips).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForcedFormatIsUsedInsteadOfDetection()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(Path.Combine(_root, "README.md"), "abstract-lines");

        var file = Assert.Single(problems.Files);
        Assert.Equal("abstract-lines", file.Format);
        Assert.False(file.Detected);
        Assert.Equal("not a paper, a readme.", Assert.Single(papers).Abstract);
        Assert.Equal(2, problems.Skips.Count);
        Assert.All(problems.Skips, p => Assert.Contains("expected a line starting with 'Abstract:'", p.Message, StringComparison.Ordinal));
    }
}
