using System.Net;
using System.Text.Json;
using PaperGraph.Domain;
using PaperGraph.Graph;
using PaperGraph.Neo4j.Tests.Support;

namespace PaperGraph.Neo4j.Tests;

public sealed class Neo4jGraphStoreTests
{
    private static readonly string[] BatchStatements =
    [
        "load_existing_papers", "load_clear_paper_facts", "load_papers",
        "load_entities_model", "load_entities_method", "load_entities_dataset", "load_entities_metric", "load_entities_task",
        "load_mentions", "load_proposals", "load_claims", "load_variants",
    ];

    [Fact]
    public async Task InitializeCreatesConstraintsFirstEachInItsOwnTransaction()
    {
        await using var s = new FakeServer();
        await s.Store.InitializeAsync(CancellationToken.None);

        Assert.All(s.Api.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        var names = s.Api.Requests.Select(r => r.StatementName).ToList();
        Assert.Equal(["schema_paper_id", "schema_entity_key"], names.Take(2));
        Assert.Equal(CypherStatements.Names.Where(n => n.StartsWith("schema_", StringComparison.Ordinal)).Order(), names.Order());
        Assert.All(s.Api.Requests, r => Assert.Contains("IF NOT EXISTS", r.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABatchIsOneTransactionOfAFixedSetOfUnwindStatements()
    {
        await using var s = new FakeServer();
        var result = await s.Store.WriteAsync(Samples.Papers(25), CancellationToken.None);

        Assert.Equal(new StoreWriteResult(25, 25), result);
        Assert.Equal(1, s.Api.TransactionsCommitted);
        Assert.Equal(BatchStatements, s.Api.CommittedNames());
        var rows = s.Api.Committed.ToDictionary(r => r.StatementName!, r => r.RowCount);
        Assert.Equal(25, rows["load_papers"]);
        Assert.Equal(26, rows["load_entities_method"]); // 25 new methods + LoRA, once
        Assert.Equal(1, rows["load_entities_dataset"]);
        Assert.Equal(25 * 6, rows["load_mentions"]);
        Assert.Equal(25, rows["load_proposals"]);
        Assert.Equal(25, rows["load_claims"]);
        Assert.All(s.Api.Requests.Where(r => r.Statement is not null), r => Assert.Equal(CypherStatements.Get(r.StatementName!), r.Statement));
    }

    [Fact]
    public async Task EntityRowsCarryEveryAliasAndItsNormalisedFormOnce()
    {
        await using var s = new FakeServer();
        await s.Store.WriteAsync(Samples.Papers(3), CancellationToken.None);

        var methods = s.Api.Committed.Single(r => r.StatementName == "load_entities_method").Parameters!.Value.GetProperty("rows");
        var lora = methods.EnumerateArray().Single(e => e.GetProperty("key").GetString() == "method:lora");
        Assert.Equal(["LoRA", "low-rank adaptation"], lora.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["lora", "lowrankadaptation"], lora.GetProperty("norms").EnumerateArray().Select(a => a.GetString()));
        var variant = Assert.Single(s.Api.Committed.Single(r => r.StatementName == "load_variants").Parameters!.Value.GetProperty("rows").EnumerateArray());
        Assert.Equal("model:llama27b", variant.GetProperty("key").GetString());
        Assert.Equal("model:llama", variant.GetProperty("family").GetString());
    }

    [Fact]
    public async Task ClaimsCarryTheirEvidenceMarginAndAnOrdinalThatMakesThemIdempotent()
    {
        await using var s = new FakeServer();
        await s.Store.WriteAsync(Samples.Papers(1), CancellationToken.None);

        var claim = s.Api.Committed.Single(r => r.StatementName == "load_claims").Parameters!.Value.GetProperty("rows")[0];
        Assert.Equal("2401.00000", claim.GetProperty("paper").GetString());
        Assert.Equal(0, claim.GetProperty("ordinal").GetInt32());
        Assert.Equal("outperforms", claim.GetProperty("outcome").GetString());
        Assert.Equal("2.5 points", claim.GetProperty("margin").GetString());
        Assert.Equal(2.5, claim.GetProperty("margin_value").GetDouble());
        Assert.False(claim.GetProperty("hedged").GetBoolean());
    }

    [Fact]
    public async Task WritingTheSameBatchAgainSendsTheSameStatementsAndAddsNoPapers()
    {
        await using var s = new FakeServer();
        var batch = Samples.Papers(10);
        var first = await s.Store.WriteAsync(batch, CancellationToken.None);
        var firstRun = s.Api.Committed.Select(Fingerprint).ToList();
        s.Api.Committed.Clear();

        var second = await s.Store.WriteAsync(batch, CancellationToken.None);

        Assert.Equal(10, first.NewPapers);
        Assert.Equal(0, second.NewPapers);
        Assert.Equal(firstRun, s.Api.Committed.Select(Fingerprint));
        Assert.Equal(10, s.Api.PaperIds.Count);
    }

    [Fact]
    public async Task ATransientErrorMidTransactionRunsTheWholeTransactionAgain()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => null);
        s.Api.Faults.Enqueue(_ => null);
        s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock"));

        var result = await s.Store.WriteAsync(Samples.Papers(4), CancellationToken.None);

        Assert.Equal(4, result.NewPapers);
        Assert.Equal(1, s.Api.TransactionsCommitted);
        Assert.Equal(BatchStatements, s.Api.CommittedNames()); // nothing from the failed attempt took effect
        Assert.Single(s.Clock.Delays);
    }

    [Fact]
    public async Task AnExpiredTransactionIsRunAgainFromTheStart()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => null);
        s.Api.Faults.Enqueue(_ =>
        {
            s.Api.ExpireNextTransaction = true;
            return null;
        });

        var result = await s.Store.WriteAsync(Samples.Papers(2), CancellationToken.None);

        Assert.Equal(2, result.NewPapers);
        Assert.Contains(s.Api.Requests, r => r.Path == "/db/neo4j/query/v2/tx" && r != s.Api.Requests[0]);
        Assert.Equal(BatchStatements, s.Api.CommittedNames());
    }

    [Fact]
    public async Task ACypherErrorInABatchIsNotRetriedAndNothingIsCommitted()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => null);
        s.Api.Faults.Enqueue(_ => null);
        s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.TypeError", "Property values can only be of primitive types or arrays thereof"));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Store.WriteAsync(Samples.Papers(2), CancellationToken.None));

        Assert.Equal("Neo4j rejected statement 'load_papers': Neo.ClientError.Statement.TypeError: Property values can only be of primitive types or arrays thereof", ex.Message);
        Assert.Empty(s.Api.Committed);
        Assert.Empty(s.Clock.Delays);
    }

    [Fact]
    public async Task AMemoryLimitHalvesTheBatchInsteadOfRepeatingIt()
    {
        await using var s = new FakeServer();
        s.Api.MaxRowsPerStatement = 20; // mentions are 6 rows a paper: at most 3 papers fit

        var result = await s.Store.WriteAsync(Samples.Papers(12), CancellationToken.None);

        Assert.Equal(new StoreWriteResult(12, 12), result);
        Assert.Equal(12, s.Api.PaperIds.Count);
        Assert.True(s.Store.BatchSplits >= 3);
        Assert.Empty(s.Clock.Delays); // split, never waited and repeated
        Assert.All(s.Api.Committed.Where(r => r.StatementName == "load_papers"), r => Assert.InRange(r.RowCount, 1, 3));
        Assert.Contains(s.Log, l => l.Contains("writing them as 6 and 6", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMemoryLimitOnASinglePaperIsAnError()
    {
        await using var s = new FakeServer();
        s.Api.MaxRowsPerStatement = 2;

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Store.WriteAsync(Samples.Papers(1), CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.MemoryLimit, ex.Kind);
        Assert.Contains("ran out of transaction memory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePaperTwiceInOneBatchIsWrittenOnceAndCountedOnceAsNew()
    {
        await using var s = new FakeServer();
        var result = await s.Store.WriteAsync([Samples.Paper(1), Samples.Paper(2), Samples.Paper(1)], CancellationToken.None);

        Assert.Equal(new StoreWriteResult(3, 2), result);
        Assert.Equal(2, s.Api.Committed.Single(r => r.StatementName == "load_papers").RowCount);
    }

    [Fact]
    public async Task ClearingRunsItsBatchedDeleteAloneInAnImplicitTransaction()
    {
        await using var s = new FakeServer();
        await s.Store.ClearAsync(CancellationToken.None);

        var r = Assert.Single(s.Api.Requests);
        Assert.Equal("/db/neo4j/query/v2", r.Path); // CALL { … } IN TRANSACTIONS is refused inside an explicit transaction
        Assert.Contains("IN TRANSACTIONS", r.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain(s.Api.Requests, x => x.Path.Contains("/tx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyBatchSendsNothing()
    {
        await using var s = new FakeServer();
        Assert.Equal(new StoreWriteResult(0, 0), await s.Store.WriteAsync([], CancellationToken.None));
        Assert.Empty(s.Api.Requests);
    }

    [Fact]
    public async Task BeatsSummarisesTheClaimsTheServerReturns()
    {
        await using var s = new FakeServer();
        s.Api.Answers["beats"] = ClaimRows(
            ["method:dora", "DoRA", "Method", "2402.1", 2024, "3.1 points", 3.1],
            ["method:dora", "DoRA", "Method", "2402.2", 2024, "1.0 points", 1.0],
            ["model:gpt4", "GPT-4", "Model", "2402.3", 2023, null, null]);

        var rows = await s.Store.BeatsAsync("method:lora", new ClaimQuery(), CancellationToken.None);

        Assert.Equal("lora", s.Api.Requests[0].Parameters!.Value.GetProperty("key").GetString()![7..]);
        Assert.Equal(["DoRA", "GPT-4"], rows.Select(r => r.Entity.Name));
        Assert.Equal(2, rows[0].Papers);
        Assert.Equal("3.1 points", rows[0].BestMargin);
        Assert.Equal(2024, rows[0].Claims[0].Paper.Year);
        Assert.Equal(EntityType.Model, rows[1].Entity.Type);
        var onlyModels = await s.Store.BeatsAsync("method:lora", new ClaimQuery(Type: EntityType.Model), CancellationToken.None);
        Assert.Equal(["GPT-4"], onlyModels.Select(r => r.Entity.Name));
    }

    [Fact]
    public async Task TransitiveBeatsAsksOneStatementPerLevelAndBuildsChains()
    {
        await using var s = new FakeServer();

        // The fake answers the same rows to every level: DoRA beats LoRA, VeRA beats DoRA.
        var rows = ClaimRows(["method:dora", "DoRA", "Method", "p1", 2024, null, null]);
        var vera = ClaimRows(["method:vera", "VeRA", "Method", "p2", 2024, null, null]);
        var both = new FakeAnswer(rows.Fields, [.. rows.Rows, .. vera.Rows.Select(r => { var c = (object?[])r.Clone(); c[3] = "method:dora"; c[4] = "DoRA"; return c; })]);
        s.Api.Answers["winners_of"] = both;

        var chains = await s.Store.TransitiveBeatsAsync("method:lora", 3, new ClaimQuery(), CancellationToken.None);

        var chain = Assert.Single(chains);
        Assert.Equal(["VeRA", "DoRA"], chain.Hops.Select(h => h.Subject.Name));
        Assert.All(s.Api.Requests, r => Assert.Equal("winners_of", r.StatementName));
        Assert.InRange(s.Api.Requests.Count, 2, 3);
    }

    [Fact]
    public async Task FindEntityFallsBackToSuggestionsByEditDistance()
    {
        await using var s = new FakeServer();
        s.Api.Answers["suggest_entities"] = new FakeAnswer(
            ["norm", "key", "name", "type"],
            [["lora", "method:lora", "LoRA", "Method"], ["qlora", "method:qlora", "QLoRA", "Method"], ["bert", "model:bert", "BERT", "Model"]]);

        var lookup = await s.Store.FindEntityAsync("LoRa-", CancellationToken.None);

        Assert.Null(lookup.Match);
        Assert.Equal("method:lora", lookup.Suggestions[0].Key);
        Assert.Equal(["find_entity", "suggest_entities"], s.Api.Requests.Select(r => r.StatementName));
        Assert.Equal("lora", s.Api.Requests[0].Parameters!.Value.GetProperty("norm").GetString());
    }

    [Fact]
    public async Task ReadAllRebuildsExtractionsFromTypedRows()
    {
        await using var s = new FakeServer();
        s.Api.Answers["read_papers"] = new FakeAnswer(
            ["id", "title", "abstract", "authors", "date", "categories", "url", "doi", "source"],
            [["2401.1", "T", "Abstract.", new[] { "A" }, "2024-01-02", new[] { "cs.LG" }, "u", null, "seed.jsonl:3"]]);
        s.Api.Answers["read_paper_entities"] = new FakeAnswer(
            ["paper_id", "key", "name", "type", "origin", "count", "aliases", "family", "version", "size", "params", "variant"],
            [["2401.1", "model:llama27b", "LLaMA-2-7B", "Model", "lexicon", 2L, new[] { "Llama 2 7B" }, "LLaMA", "2", "7B", 7_000_000_000L, null]]);
        s.Api.Answers["read_paper_proposals"] = new FakeAnswer(["paper_id", "name"], [["2401.1", "LLaMA-2-7B"]]);

        var all = new List<PaperExtraction>();
        await foreach (var x in s.Store.ReadAllAsync(CancellationToken.None))
        {
            all.Add(x);
        }

        var paper = Assert.Single(all);
        Assert.Equal(new SourceLocation("seed.jsonl", 3, 0), paper.Paper.Source);
        Assert.Equal(2024, paper.Paper.Year);
        var e = Assert.Single(paper.Entities);
        Assert.Equal(7_000_000_000L, e.Model!.Parameters);
        Assert.Equal(2, e.Mentions);
        Assert.Equal(["Llama 2 7B"], e.Aliases);
        Assert.Equal(["LLaMA-2-7B"], paper.Proposes);
    }

    private static FakeAnswer ClaimRows(params object?[][] winners) =>
        new(
            ["subject_key", "subject_name", "subject_type", "object_key", "object_name", "object_type", "outcome", "paper_id", "paper_title", "paper_year", "paper_url",
             "evidence", "span_start", "span_length", "metric", "dataset", "on_model", "margin", "hedged", "margin_value"],
            [.. winners.Select(w => new object?[]
            {
                w[0], w[1], w[2], "method:lora", "LoRA", "Method", "outperforms", w[3], "T", w[4], null,
                "X outperforms LoRA.", 0L, 18L, null, null, null, w[5], false, w[6],
            })]);

    private static string Fingerprint(FakeRequest r) => r.StatementName + " " + (r.Parameters is { } p ? JsonSerializer.Serialize(p) : "");
}
