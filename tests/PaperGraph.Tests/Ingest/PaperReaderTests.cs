using PaperGraph.Ingest;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Ingest;

public sealed class PaperReaderTests
{
    [Fact]
    public async Task AbstractLinesSeedGivesTenPapersWithoutTitles()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Samples("000_a2eb0ac4c79b124d.txt"));

        Assert.Equal(10, papers.Count);
        Assert.Empty(problems.Skips);
        Assert.All(papers, p => Assert.Null(p.Title));
        Assert.StartsWith("Large Language Models (LLMs) have achieved remarkable success", papers[0].Abstract, StringComparison.Ordinal);
        Assert.StartsWith("a:", papers[0].Id, StringComparison.Ordinal);
        Assert.Equal(1, papers[0].Source.Line);
    }

    [Fact]
    public async Task TitleAbstractSeedSkipsPageChromeAndTheGluedSubscribeLabel()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Samples("003_7ba414afd6b5d2b9.txt"));

        Assert.Equal(210, papers.Count);
        Assert.Empty(problems.Skips);
        Assert.Equal("Global Sparse Momentum SGD for Pruning Very Deep Neural Networks", papers[0].Title);
        Assert.Equal(3, papers[0].Source.Line);
        Assert.All(papers, p => Assert.True(p.Abstract.Length > p.Title!.Length));
    }

    [Fact]
    public async Task HuggingFaceDailySeedReadsTitlesAbstractsAndDatesWithYears()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Samples("004_f683ac288a27df2b.txt"));

        Assert.Equal(47, papers.Count);
        Assert.Empty(problems.Skips);
        Assert.Equal("To prune, or not to prune: exploring the efficacy of pruning for model compression", papers[0].Title);
        Assert.Equal("2017-10-05", papers[0].Date);
        Assert.Equal("Pangu Ultra MoE: How to Train Your Big MoE on Ascend NPUs", papers[1].Title);
        Assert.Contains(papers, p => p.Title!.StartsWith("SinkLoRA", StringComparison.Ordinal) && p.Date == "2024-06-09");
        Assert.Contains(papers, p => p.Title!.StartsWith("CAST:", StringComparison.Ordinal) && p.Date is null);
    }

    [Fact]
    public async Task JsonLinesReadsTheArxivSnapshotFields()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"));

        Assert.Equal(3, papers.Count);
        Assert.Empty(problems.Items);
        var p = papers[0];
        Assert.Equal("0704.0002", p.Id);
        Assert.Equal("Sparsity-certifying Graph Decompositions", p.Title);
        Assert.Equal(["Ileana Streinu", "Louis Theran"], p.Authors);
        Assert.Equal(["math.CO", "cs.CG"], p.Categories);
        Assert.Equal("2008-12-13", p.Date);
        Assert.Equal(2008, p.Year);
        Assert.Equal("10.1063/1.2779138", papers[1].Doi);
        Assert.Equal("0704.0046", papers[1].Id);
    }

    [Fact]
    public async Task AJsonArrayReadsLikeJsonLines()
    {
        var (lines, _) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"));
        var (array, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "array-3.json"));

        Assert.Empty(problems.Items);
        Assert.Equal(lines.Select(p => (p.Id, p.Title, p.Abstract)), array.Select(p => (p.Id, p.Title, p.Abstract)));
    }

    [Fact]
    public async Task GzipIsReadTransparently()
    {
        var (plain, _) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"));
        var (gz, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl.gz"));

        Assert.Empty(problems.Items);
        Assert.Equal(plain.Select(p => p.Id), gz.Select(p => p.Id));
    }

    [Fact]
    public async Task OaiPmhRecordsCarryArxivIdsAuthorsAndCategories()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "oai-3.xml"));

        Assert.Equal(3, papers.Count);
        Assert.Empty(problems.Items);
        Assert.Equal("0704.0002", papers[0].Id);
        Assert.Equal(["Ileana Streinu", "Louis Theran"], papers[0].Authors);
        Assert.Equal("2007-03-30", papers[0].Date);
        Assert.Equal("https://arxiv.org/abs/0704.0002", papers[0].Url);
        Assert.Equal("10.1063/1.2779138", papers[1].Doi);
    }

    [Fact]
    public async Task AtomEntriesDropTheVersionSuffixFromTheirIds()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "atom-2.xml"));

        Assert.Equal(2, papers.Count);
        Assert.Empty(problems.Items);
        Assert.Equal("1801.05533", papers[0].Id);
        Assert.Equal("Einstein-Weyl structures on almost cosymplectic manifolds", papers[0].Title);
        Assert.Equal("2018-01-17", papers[0].Date);
        Assert.NotEmpty(papers[0].Authors);
    }

    [Fact]
    public async Task BibtexEntriesWithAbstractsBecomePapersAndProceedingsArePassedOver()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "midl-3.bib"));

        Assert.Equal(3, papers.Count);
        Assert.Empty(problems.Skips);
        Assert.StartsWith("Beyond Classification", papers[0].Title, StringComparison.Ordinal);
        Assert.Equal(["Chih-Chieh Chen", "Chang-Fu Kuo"], papers[0].Authors);
        Assert.StartsWith("For clinical applications", papers[0].Abstract, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@article{k, title = {A} # \" and B\", abstract = {Text with {nested} braces (and a stray ) paren}}", "A and B", "Text with {nested} braces (and a stray ) paren")]
    [InlineData("@string{conf = \"NeurIPS\"}\n@inproceedings{k2, title = conf, abstract = \"Quoted abstract.\"}", "NeurIPS", "Quoted abstract.")]
    public async Task BibtexValuesAreBracedQuotedMacrosOrConcatenations(string bib, string title, string abstractText)
    {
        var papers = await ReaderTestKit.ReadTextAsync(new BibtexPaperReader(), bib);

        var p = Assert.Single(papers);
        Assert.Equal(title, p.Title);
        Assert.Equal(abstractText, p.Abstract);
    }

    [Fact]
    public async Task ABibtexEntryWithoutAnAbstractIsReportedWithItsLine()
    {
        var problems = new ProblemList();
        var papers = await ReaderTestKit.ReadTextAsync(new BibtexPaperReader(), "\n\n@article{nokey,\n title={T}}\n@article{ok, abstract={A}}", problems);

        Assert.Single(papers);
        var problem = Assert.Single(problems.Skips);
        Assert.Equal(3, problem.Location.Line);
        Assert.Contains("nokey", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrettyPrintedObjectsAfterBlankLinesReadLikeJsonLines()
    {
        var (lines, _) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"));
        var (pretty, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "pretty-2.json"));

        Assert.Empty(problems.Items);
        Assert.Equal(lines.Take(2).Select(p => (p.Id, p.Title, p.Abstract)), pretty.Select(p => (p.Id, p.Title, p.Abstract)));
    }

    [Fact]
    public async Task GoldAndExtractOutputRecordsReadWithTheirOwnIds()
    {
        var (papers, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "papergraph-output.jsonl"));

        Assert.Empty(problems.Items);
        Assert.Equal(["gold-1", "t:0123456789ab"], papers.Select(p => p.Id));
        Assert.Null(papers[0].Title);
        Assert.Equal("A Made-Up Title", papers[1].Title);
        Assert.StartsWith("We introduce a sparse mixture", papers[0].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GzipIsRecognisedByItsMagicBytesNotItsName()
    {
        var (plain, _) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "arxiv-3.jsonl"));
        var (gz, problems) = await ReaderTestKit.ReadAsync(TestPaths.Data("ingest", "gzip-without-gz-extension.jsonl"));

        Assert.Empty(problems.Items);
        Assert.True(Assert.Single(problems.Files).Compressed);
        Assert.Equal(plain.Select(p => (p.Id, p.Abstract)), gz.Select(p => (p.Id, p.Abstract)));
    }

    [Theory]
    [InlineData("{\"title\": \"T\", \"summary\": \"From summary.\", \"authors\": [\"A One\", {\"name\": \"B Two\"}], \"categories\": [\"cs.LG\"], \"published\": \"2024-02-03T10:00:00Z\", \"url\": \"https://arxiv.org/abs/2402.01234v2\"}", "2402.01234", "2024-02-03")]
    [InlineData("{\"id\": \"mine-7\", \"abstract\": \"A.\", \"doi\": \"https://doi.org/10.1000/ABC\", \"date\": \"2020\"}", "doi:10.1000/abc", "2020")]
    [InlineData("{\"id\": \"mine-7\", \"abstract\": \"A.\", \"update_date\": \"2019-05-06\"}", "mine-7", "2019-05-06")]
    public async Task JsonFieldVariantsAreUnderstood(string json, string id, string date)
    {
        var papers = await ReaderTestKit.ReadTextAsync(new JsonPaperReader(), json);

        var p = Assert.Single(papers);
        Assert.Equal(id, p.Id);
        Assert.Equal(date, p.Date);
    }

    [Theory]
    [InlineData("Ileana Streinu, Louis Theran", "Ileana Streinu|Louis Theran")]
    [InlineData("A. One, B. Two and C. Three", "A. One|B. Two|C. Three")]
    [InlineData("A. One, B. Two, and C. Three", "A. One|B. Two|C. Three")]
    [InlineData("A. One (MIT, USA), B. Two (ETH Zurich) and C. Three", "A. One|B. Two|C. Three")]
    [InlineData("Alexander Anderson and Brandon Sanders", "Alexander Anderson|Brandon Sanders")]
    public void AuthorStringsSplitIntoNames(string authors, string names)
    {
        Assert.Equal(names.Split('|'), TextFields.Authors(authors));
    }
}
