using PaperGraph.Domain;
using PaperGraph.Graph;
using PaperGraph.Survey;

namespace PaperGraph.Tests.Survey;

public sealed class ScopeSelectorTests
{
    private static readonly FakeScopeStore Store = new(SurveyFixture.Papers());

    [Fact]
    public async Task ATaskTopicSelectsThePapersMentioningItByAnyAlias()
    {
        // The fixture gives each entity its upper-cased name as an alias.
        var scope = await ScopeSelector.SelectAsync(Store, "PRUNING", textSearch: null, CancellationToken.None);
        Assert.Equal(SurveyFixture.Key(EntityType.Task, "pruning"), scope.Topic?.Key);
        Assert.Equal(["P1", "P2", "P3", "P5"], scope.Graph.Papers.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WithoutAFullTextIndexTheTitlesAndAbstractsAreScannedForThePhrase()
    {
        var scope = await ScopeSelector.SelectAsync(Store, "post-training quantization", textSearch: null, CancellationToken.None);
        Assert.Null(scope.Topic);
        Assert.Equal("P4", Assert.Single(scope.Graph.Papers.Keys));
        Assert.Contains("title or abstract holds the phrase", scope.Selection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStoresFullTextSearchAddsItsMatchesToTheEntityMatches()
    {
        var asked = new List<string>();
        Task<IReadOnlyList<PaperSummary>> Search(string text, int limit, CancellationToken ct)
        {
            asked.Add(text);
            return Task.FromResult<IReadOnlyList<PaperSummary>>([new PaperSummary("P6", null, null, null)]);
        }

        var scope = await ScopeSelector.SelectAsync(Store, "GPTQ", Search, CancellationToken.None);
        Assert.Equal(["GPTQ"], asked);
        Assert.Equal(["P4", "P6"], scope.Graph.Papers.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(scope.Graph.Papers.Count, scope.Extractions.Count);
    }

    [Theory]
    [InlineData("one-shot pruning", "P1", true)]
    [InlineData("ONE SHOT PRUNING", "P1", true)]
    [InlineData("shot pruning one", "P1", false)]
    [InlineData("prun", "P1", false)]
    public void PhraseMatchIgnoresCaseAndPunctuationButKeepsWordOrderAndWholeWords(string phrase, string paperId, bool expected)
    {
        var paper = SurveyFixture.Papers().Single(p => p.Paper.Id == paperId).Paper;
        Assert.Equal(expected, new InMemoryPhraseMatcher(phrase).IsMatch(paper));
    }
}
