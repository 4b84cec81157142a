using System.Runtime.CompilerServices;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>
/// The graph in Neo4j, over its HTTP Query API. Every statement is a parameterised file in cypher/;
/// a batch is one explicit transaction of a fixed handful of <c>UNWIND $rows … MERGE</c> statements, so
/// writing the same papers again leaves the same graph.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    // Constraints first: MERGE on Paper.id and Entity.key relies on them. Each runs in its own transaction.
    private static readonly string[] SchemaStatements =
    [
        "schema_paper_id", "schema_entity_key", "schema_entity_name", "schema_entity_norm",
        "schema_entity_fulltext", "schema_paper_fulltext", "schema_claim_paper",
    ];

    private readonly Neo4jQueryClient _client;
    private readonly Action<string>? _log;
    private long _batchSplits;

    internal Neo4jGraphStore(Neo4jQueryClient client, Action<string>? log)
    {
        _client = client;
        _log = log;
    }

    /// <summary>Where the store writes (no password).</summary>
    public Neo4jSettings Settings => _client.Settings;

    /// <summary>Statements sent to the server so far (each retry counts).</summary>
    public long StatementsSent => _client.StatementsSent;

    /// <summary>How many times a batch was halved because the server ran out of transaction memory.</summary>
    public long BatchSplits => Interlocked.Read(ref _batchSplits);

    /// <summary>Creates a store for <paramref name="settings"/> without contacting the server.</summary>
    public static Neo4jGraphStore Create(Neo4jSettings settings, Neo4jClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Neo4jGraphStore(new Neo4jQueryClient(settings, options), options?.Log);
    }

    /// <summary>Creates a store and its schema (constraints and indexes, if missing).</summary>
    /// <exception cref="Neo4jException">The server is unreachable, refuses the credentials, lacks the database or rejects a statement.</exception>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jSettings settings, Neo4jClientOptions? options, CancellationToken cancellationToken)
    {
        var store = Create(settings, options);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Schema statements cannot share a transaction with writes, so each runs on its own.
        foreach (var name in SchemaStatements)
        {
            await _client.RunAsync(name, null, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<StoreWriteResult> WriteAsync(IReadOnlyList<PaperExtraction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return new StoreWriteResult(0, 0);
        }

        try
        {
            var rows = GraphRows.Build(batch);
            var fresh = await _client.WriteTransactionAsync((tx, ct) => WriteRowsAsync(tx, rows, ct), cancellationToken);
            return new StoreWriteResult(batch.Count, fresh);
        }
        catch (Neo4jException ex) when (ex.Kind == Neo4jErrorKind.MemoryLimit && batch.Count > 1)
        {
            // Repeating the same transaction would fail the same way: halve it instead.
            Interlocked.Increment(ref _batchSplits);
            var half = batch.Count / 2;
            _log?.Invoke($"Neo4j ran out of transaction memory on {batch.Count} papers; writing them as {half} and {batch.Count - half}");
            var a = await WriteAsync(batch.Take(half).ToList(), cancellationToken);
            var b = await WriteAsync(batch.Skip(half).ToList(), cancellationToken);
            return new StoreWriteResult(a.Papers + b.Papers, a.NewPapers + b.NewPapers);
        }
    }

    /// <summary>Deletes every paper and entity (for tests and a fresh push); runs in batches on the server.</summary>
    public Task ClearAsync(CancellationToken cancellationToken) => _client.RunAsync("clear_graph", null, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<PaperExtraction> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int page = 500;
        var after = "";
        while (true)
        {
            var papers = (await RunAsync("read_papers", new() { ["after"] = after, ["limit"] = page }, cancellationToken)).Records
                .Select(r => new Paper(
                    r.String("id"), r.NullableString("title"), r.NullableString("abstract") ?? "", r.StringList("authors"), r.NullableString("date"),
                    r.StringList("categories"), r.NullableString("url"), r.NullableString("doi"), ParseSource(r.NullableString("source") ?? "")))
                .ToList();
            if (papers.Count == 0)
            {
                yield break;
            }

            var ids = papers.Select(p => p.Id).ToList();
            var p = new Dictionary<string, object?> { ["ids"] = ids };
            var entities = (await RunAsync("read_paper_entities", p, cancellationToken)).Records.ToLookup(r => r.String("paper_id"), StringComparer.Ordinal);
            var proposals = (await RunAsync("read_paper_proposals", p, cancellationToken)).Records.ToLookup(r => r.String("paper_id"), StringComparer.Ordinal);
            var claims = (await RunAsync("read_paper_claims", p, cancellationToken)).Records.ToLookup(r => r.String("paper_id"), StringComparer.Ordinal);
            foreach (var paper in papers)
            {
                after = paper.Id;
                yield return new PaperExtraction(
                    paper,
                    [.. entities[paper.Id].Select(r => ReadEntity(r, r.Int32("count"), r.StringList("aliases")))],
                    [.. proposals[paper.Id].Select(r => r.String("name"))],
                    [.. claims[paper.Id].Select(ReadComparison)]);
            }

            if (papers.Count < page)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<int> WriteRowsAsync(Neo4jTransaction tx, GraphRows rows, CancellationToken ct)
    {
        var ids = new Dictionary<string, object?> { ["ids"] = rows.Ids };
        var existing = (await tx.RunAsync("load_existing_papers", ids, ct)).Records.Count;
        await tx.RunAsync("load_clear_paper_facts", ids, ct);
        await tx.RunAsync("load_papers", Rows(rows.Papers), ct);
        foreach (var (type, list) in rows.EntitiesByType)
        {
            await tx.RunAsync(GraphRows.EntityStatement(type), Rows(list), ct);
        }

        await RunIfAnyAsync(tx, "load_mentions", rows.Mentions, ct);
        await RunIfAnyAsync(tx, "load_proposals", rows.Proposals, ct);
        await RunIfAnyAsync(tx, "load_claims", rows.Claims, ct);
        await RunIfAnyAsync(tx, "load_variants", rows.Variants, ct);
        return rows.Ids.Count - existing;
    }

    private static async Task RunIfAnyAsync(Neo4jTransaction tx, string statement, List<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        if (rows.Count > 0)
        {
            await tx.RunAsync(statement, Rows(rows), ct);
        }
    }

    private static Dictionary<string, object?> Rows(List<Dictionary<string, object?>> rows) => new() { ["rows"] = rows };

    private Task<Neo4jResult> RunAsync(string statement, Dictionary<string, object?>? parameters, CancellationToken ct) =>
        _client.RunAsync(statement, parameters, ct);

    private static SourceLocation ParseSource(string s)
    {
        var colon = s.LastIndexOf(':');
        return colon > 0 && int.TryParse(s.AsSpan(colon + 1), out var line) ? new SourceLocation(s[..colon], line, 0) : new SourceLocation(s, 0, 0);
    }

    private static Entity ReadEntity(Neo4jRecord r, int mentions, IReadOnlyList<string> aliases)
    {
        var family = r.NullableString("family");
        var model = family is null ? null : new ModelInfo(family, r.NullableString("version"), r.NullableString("size"), r.NullableInt64("params"), r.NullableString("variant"));
        return new Entity(ParseType(r.String("type")), r.String("name"), r.String("key"), aliases, mentions, r.NullableString("origin") ?? "", model);
    }

    private static Comparison ReadComparison(Neo4jRecord r)
    {
        var margin = r.NullableString("margin") is { } text ? new Quantity(r.NullableDouble("margin_value") ?? 0, r.NullableString("margin_unit") ?? "", text) : (Quantity?)null;
        return new Comparison(
            r.String("subject_name"), r.String("subject_key"), r.String("object_name"), r.String("object_key"), ParseOutcome(r.String("outcome")),
            r.NullableString("evidence") ?? "", r.NullableInt32("span_start") ?? 0, r.NullableInt32("span_length") ?? 0,
            r.NullableString("metric"), r.NullableString("dataset"), r.NullableString("on_model"), margin, r.Bool("hedged"));
    }

    private static EntityType ParseType(string s) => Enum.Parse<EntityType>(s, ignoreCase: true);

    private static ComparisonOutcome ParseOutcome(string s) => Enum.Parse<ComparisonOutcome>(s, ignoreCase: true);
}
