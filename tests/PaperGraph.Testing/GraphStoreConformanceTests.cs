using PaperGraph.Domain;
using PaperGraph.Graph;
using static PaperGraph.Testing.GraphFixture;

namespace PaperGraph.Testing;

/// <summary>
/// What every IGraphStore must do. A store's test project subclasses this with a factory for a fresh,
/// empty store; the same assertions then hold for SQLite and Neo4j alike.
/// </summary>
public abstract class GraphStoreConformanceTests
{
    protected abstract Task<IGraphStore> CreateStoreAsync();

    private async Task<IGraphStore> FilledAsync()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync(Papers(), CancellationToken.None);
        return store;
    }

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task WritingCountsNewPapersOnlyOnce()
    {
        await using var store = await CreateStoreAsync();

        var first = await store.WriteAsync(Papers(), Ct);
        var again = await store.WriteAsync(Papers(), Ct);

        Assert.Equal(3, first.NewPapers);
        Assert.Equal(0, again.NewPapers);
    }

    [Fact]
    public async Task RewritingTheSamePapersChangesNoCounts()
    {
        await using var store = await FilledAsync();
        var before = await store.GetStatsAsync(Ct);

        await store.WriteAsync(Papers(), Ct);
        var after = await store.GetStatsAsync(Ct);

        Assert.Equal(before.Papers, after.Papers);
        Assert.Equal(before.Mentions, after.Mentions);
        Assert.Equal(before.Comparisons, after.Comparisons);
        Assert.Equal(before.Proposals, after.Proposals);
        Assert.Equal(before.EntitiesByType, after.EntitiesByType);
    }

    [Fact]
    public async Task StatsCountPapersEntitiesAndClaims()
    {
        await using var store = await FilledAsync();

        var stats = await store.GetStatsAsync(Ct);

        Assert.Equal(3, stats.Papers);
        Assert.Equal(4, stats.EntitiesByType[EntityType.Method]);
        Assert.Equal(2, stats.EntitiesByType[EntityType.Model]);
        Assert.Equal(5, stats.Comparisons);
        Assert.Equal("Mix-LN", stats.MostComparedAgainst[0].Entity.Name);
    }

    [Theory]
    [InlineData("pre-ln")]
    [InlineData("Pre LN")]
    [InlineData("pre-layer normalization")]
    public async Task EntitiesAreFoundByAnyAliasIgnoringCaseAndHyphens(string name)
    {
        await using var store = await FilledAsync();

        var lookup = await store.FindEntityAsync(name, Ct);

        Assert.Equal(PreLn.Key, lookup.Match?.Key);
    }

    [Fact]
    public async Task AnUnknownNameGetsTheClosestNamesAsSuggestions()
    {
        await using var store = await FilledAsync();

        var lookup = await store.FindEntityAsync("Mix-LM", Ct);

        Assert.Null(lookup.Match);
        Assert.Contains(lookup.Suggestions, s => s.Key == MixLn.Key);
    }

    [Fact]
    public async Task BeatsListsWinnersWithEvidenceAndBestMargin()
    {
        await using var store = await FilledAsync();

        var rows = await store.BeatsAsync(PreLn.Key, new ClaimQuery(), Ct);

        var row = Assert.Single(rows);
        Assert.Equal("Mix-LN", row.Entity.Name);
        Assert.Equal(1, row.Papers);
        Assert.Equal("1.2 points", row.BestMargin);
        Assert.Equal("Mix-LN", Assert.Single(row.Claims).Paper.Title);
    }

    [Fact]
    public async Task BeatenByListsLosersAndFiltersByType()
    {
        await using var store = await FilledAsync();

        var rows = await store.BeatenByAsync(MixLn.Key, new ClaimQuery(), Ct);
        var models = await store.BeatenByAsync(MixLn.Key, new ClaimQuery(Type: EntityType.Model), Ct);

        Assert.Equal(["Post-LN", "Pre-LN"], rows.Select(r => r.Entity.Name).Order());
        Assert.Empty(models);
    }

    [Fact]
    public async Task MinPapersDropsRowsWithTooFewPapers()
    {
        await using var store = await FilledAsync();

        Assert.Empty(await store.BeatsAsync(PreLn.Key, new ClaimQuery(MinPapers: 2), Ct));
    }

    [Fact]
    public async Task TransitiveBeatsFindsChainsWithEveryHop()
    {
        await using var store = await FilledAsync();

        var chains = await store.TransitiveBeatsAsync(PostLn.Key, 3, new ClaimQuery(), Ct);

        var chain = Assert.Single(chains, c => c.Hops.Count == 2 && c.Hops[0].Subject.Name == "DeepNorm");
        Assert.Equal("Mix-LN", chain.Hops[1].Subject.Name);
        Assert.Equal("Post-LN", chain.Hops[1].Object.Name);
    }

    [Fact]
    public async Task CompareReturnsBothDirections()
    {
        await using var store = await FilledAsync();

        var claims = await store.CompareAsync(MixLn.Key, PreLn.Key, Ct);

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Subject.Key == MixLn.Key);
        Assert.Contains(claims, c => c.Subject.Key == PreLn.Key);
    }

    [Fact]
    public async Task TheEntityCardHasAliasesModelStructurePapersAndCoOccurrences()
    {
        await using var store = await FilledAsync();

        var mix = await store.GetEntityCardAsync(MixLn.Key, Ct);
        var llama = await store.GetEntityCardAsync(Llama7B.Key, Ct);
        var family = await store.GetEntityCardAsync(Llama.Key, Ct);

        Assert.NotNull(mix);
        Assert.Equal("p1", Assert.Single(mix.ProposedBy).Id);
        Assert.Equal(3, mix.PaperCount);
        Assert.Equal(2, mix.Wins.Count);
        Assert.Equal(2, mix.Losses.Count);
        Assert.Contains(mix.Datasets, d => d.Entity.Name == "C4");
        Assert.Contains(mix.Metrics, d => d.Entity.Name == "perplexity");
        Assert.Equal("7B", llama?.Model?.Size);
        Assert.Equal(7_000_000_000, llama?.Model?.Parameters);
        Assert.Contains("LLaMA 7B", llama!.Aliases);
        Assert.Contains(family!.Variants, v => v.Key == Llama7B.Key);
        Assert.Null(await store.GetEntityCardAsync("method:nothing", Ct));
    }

    [Fact]
    public async Task PapersMentioningNeedsEveryEntity()
    {
        await using var store = await FilledAsync();

        var both = await store.PapersMentioningAsync([MixLn.Key, C4.Key], Ct);
        var one = await store.PapersMentioningAsync([MixLn.Key], Ct);

        Assert.Equal(["p1", "p2"], both.Select(p => p.Id).Order());
        Assert.Equal(3, one.Count);
    }

    [Fact]
    public async Task ReadByIdsReturnsExactlyThosePapers()
    {
        await using var store = await FilledAsync();

        var found = new List<string>();
        await foreach (var x in store.ReadAsync(["p3", "p1", "nope"], Ct))
        {
            found.Add(x.Paper.Id);
            Assert.NotEmpty(x.Entities);
        }

        Assert.Equal(["p1", "p3"], found.Order());
    }

    [Fact]
    public async Task ReadAllReturnsWhatWasWritten()
    {
        await using var store = await FilledAsync();

        var all = new List<PaperExtraction>();
        await foreach (var x in store.ReadAllAsync(Ct))
        {
            all.Add(x);
        }

        Assert.Equal(["p1", "p2", "p3"], all.Select(x => x.Paper.Id).Order());
        var p1 = all.Single(x => x.Paper.Id == "p1");
        Assert.Equal("Mix-LN", p1.Paper.Title);
        Assert.Equal(2024, p1.Paper.Year);
        Assert.Equal(6, p1.Entities.Count);
        Assert.Equal(["Mix-LN"], p1.Proposes);
        Assert.Equal(2, p1.Comparisons.Count);
        Assert.Equal("1.2 points", p1.Comparisons.Single(c => c.Object == "Pre-LN").Margin?.Text);
    }
}
