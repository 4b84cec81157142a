using System.Diagnostics;
using PaperGraph.Extraction;
using PaperGraph.Ingest;
using PaperGraph.Neo4j.Tests.Support;
using PaperGraph.Pipeline;
using PaperGraph.Sqlite;
using Xunit.Abstractions;

namespace PaperGraph.Neo4j.Tests;

/// <summary>
/// <c>papergraph push</c>'s engine on the seed store: samples/ ingested into a fresh SQLite store, then
/// pushed into the fake Query API. Reports statement count, rows per batch and time.
/// </summary>
public sealed class GraphPushTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"papergraph-push-{Guid.NewGuid():N}.db");
    private SqliteGraphStore? _seed;
    private long _seedPapers;

    public async Task InitializeAsync()
    {
        _seed = await SqliteGraphStore.OpenAsync(_dbPath, CancellationToken.None);
        var problems = new IgnoredProblems();
        var papers = PaperInputs.ReadAsync([RepoPaths.Combine("samples")], null, problems, CancellationToken.None);
        var summary = await new IngestPipeline(DefaultExtractor.Create(), _seed, IngestOptions.Default with { ExtractionWorkers = 2 })
            .RunAsync(papers, () => problems.Count, null, CancellationToken.None);
        _seedPapers = summary.PapersStored;
    }

    public async Task DisposeAsync()
    {
        if (_seed is not null)
        {
            await _seed.DisposeAsync();
        }

        foreach (var f in new[] { _dbPath, _dbPath + "-wal", _dbPath + "-shm" })
        {
            File.Delete(f);
        }
    }

    [Theory]
    [InlineData(500)]
    [InlineData(50)]
    public async Task PushingTheSeedStoreWritesEveryPaperInBatchesOfAFewStatements(int batchSize)
    {
        await using var s = new FakeServer();
        await s.Store.InitializeAsync(CancellationToken.None);
        var schemaStatements = s.Store.StatementsSent;
        var clock = Stopwatch.StartNew();

        var summary = await GraphPush.RunAsync(_seed!, s.Store, batchSize, null, CancellationToken.None);
        clock.Stop();

        var batches = (int)Math.Ceiling(_seedPapers / (double)batchSize);
        Assert.True(_seedPapers > 200, $"the seed store holds {_seedPapers} papers");
        Assert.Equal(_seedPapers, summary.Papers);
        Assert.Equal(_seedPapers, summary.NewPapers);
        Assert.Equal(batches, summary.Batches);
        Assert.Equal(batches, s.Api.TransactionsCommitted);
        Assert.Equal(_seedPapers, s.Api.PaperIds.Count);
        var perBatch = (s.Store.StatementsSent - schemaStatements) / (double)batches;
        Assert.InRange(perBatch, 8, 12);
        var paperRows = s.Api.Committed.Where(r => r.StatementName == "load_papers").Select(r => r.RowCount).ToList();
        Assert.All(paperRows, n => Assert.InRange(n, 1, batchSize));

        var rows = s.Api.Committed.GroupBy(r => r.StatementName!).ToDictionary(g => g.Key, g => g.Sum(r => r.RowCount));
        output.WriteLine(
            $"push of the seed store ({_seedPapers} papers), batch size {batchSize}: {batches} transactions, " +
            $"{s.Store.StatementsSent - schemaStatements} load statements + {schemaStatements} schema statements, " +
            $"{s.Api.Requests.Count} HTTP requests, {perBatch:0.#} statements per transaction, papers per batch [{string.Join(", ", paperRows)}], " +
            $"rows: {string.Join(", ", rows.Where(kv => kv.Value > 0).Select(kv => $"{kv.Key}={kv.Value}"))}, " +
            $"time {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task PushingTwiceSendsTheSameStatementsAndAddsNothing()
    {
        await using var s = new FakeServer();
        await GraphPush.RunAsync(_seed!, s.Store, 100, null, CancellationToken.None);
        var first = s.Api.Committed.Where(r => r.StatementName != "load_existing_papers").Select(r => r.StatementName + r.Body).ToList();
        s.Api.Committed.Clear();

        var again = await GraphPush.RunAsync(_seed!, s.Store, 100, null, CancellationToken.None);

        Assert.Equal(0, again.NewPapers);
        Assert.Equal(first, s.Api.Committed.Where(r => r.StatementName != "load_existing_papers").Select(r => r.StatementName + r.Body));
    }
}
