using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData("{\"id\": \"1\", \"abstract\": \"x\"}\n", "json")]
    [InlineData("  [\n {\"abstract\": \"x\"}]", "json")]
    [InlineData("<?xml version=\"1.0\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">", "oai")]
    [InlineData("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "atom")]
    [InlineData("% comment\n@InProceedings{key,\n title = {T}}", "bibtex")]
    [InlineData("Abstract:We study things.\nAbstract: More things.", "abstract-lines")]
    [InlineData("new\n\nDaily Papers\n\nTitle\n\nAbstract text\n\n  • 2 authors\n·\nOct 5, 2017", "hf-daily")]
    public void ContentDecidesTheFormat(string head, string expected)
    {
        Assert.Equal(expected, PaperInputs.Detect(head)?.Format);
    }

    [Fact]
    public void TitleLinesFollowedByAbstractParagraphsAreTitleAbstractText()
    {
        var abstractLine = string.Concat(Enumerable.Repeat("We propose a method that works well on many things. ", 6));
        var head = $"Chrome line\nA Title\n{abstractLine}\nAnother Title\n{abstractLine}\n";

        Assert.Equal("title-abstract", PaperInputs.Detect(head)?.Format);
    }

    [Theory]
    [InlineData("hello\nworld\n")]
    [InlineData("just one line of text")]
    [InlineData("# Inputs\n\nAbstract: a readme may quote an abstract line.\nIt also says more.\nAnd more.\n")]
    [InlineData("Notes\nAbstract: one quoted line.\nsecond note\nthird note\n")]
    public void TextThatIsNoKnownFormatIsNotDetected(string head)
    {
        Assert.Null(PaperInputs.Detect(head));
    }

    [Theory]
    [InlineData("jsonl", "json")]
    [InlineData("OAI", "oai")]
    [InlineData("bibtex", "bibtex")]
    public void FormatNamesResolveCaseInsensitively(string name, string format)
    {
        Assert.Equal(format, PaperInputs.ReaderFor(name).Format);
    }

    [Theory]
    [InlineData("ingest/arxiv-3.jsonl", "json")]
    [InlineData("ingest/array-3.json", "json")]
    [InlineData("ingest/pretty-2.json", "json")]
    [InlineData("ingest/arxiv-3.jsonl.gz", "json")]
    [InlineData("ingest/oai-3.xml", "oai")]
    [InlineData("ingest/atom-2.xml", "atom")]
    [InlineData("ingest/midl-3.bib", "bibtex")]
    [InlineData("samples/000_a2eb0ac4c79b124d.txt", "abstract-lines")]
    [InlineData("samples/003_7ba414afd6b5d2b9.txt", "title-abstract")]
    [InlineData("samples/004_f683ac288a27df2b.txt", "hf-daily")]
    public async Task RealFilesAreDetectedAsTheirFormat(string file, string format)
    {
        var path = file.StartsWith("samples/", StringComparison.Ordinal) ? TestPaths.Samples(file["samples/".Length..]) : TestPaths.Data(file.Split('/'));

        var (papers, problems) = await ReaderTestKit.ReadAsync(path);

        Assert.NotEmpty(papers);
        var opened = Assert.Single(problems.Files);
        Assert.True(opened.Detected);
        Assert.Equal(format, opened.Format);
    }

    [Fact]
    public void AMarkdownReadmeMentioningTheFormatsIsNotDetected()
    {
        var row = "| `seeds/004_*.txt` | text from the Hugging Face \"Daily Papers\" page: title, abstract, \"• N authors\", \"·\", a date, sometimes an upvote count; blank lines between the blocks of each paper | 47 |";
        var head = $"# Real inputs\n\n| path | what | records |\n|---|---|---|\n| `seeds/000_*.txt` | plain text | 30 |\n{row}\n| `oai/1.xml` | OAI | 1,000 |\n{row}\n\nAll seed files together hold 275 distinct papers.\n";

        Assert.Null(PaperInputs.Detect(head));
    }
}
