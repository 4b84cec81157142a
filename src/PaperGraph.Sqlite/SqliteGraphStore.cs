using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Each batch is one transaction, so a run
/// killed at any moment leaves the store as it was after the last committed batch; re-writing a
/// paper replaces its facts, so running the same ingest again completes it without doubling anything.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly SqliteConnection _db;

    // Entities and aliases already in the store: most mentions are of entities seen before, and
    // skipping their upserts is most of the write cost saved.
    private readonly HashSet<string> _knownEntities = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _knownAliases = [];

    private SqliteGraphStore(SqliteConnection db, string path)
    {
        _db = db;
        Path = path;
    }

    /// <summary>The store's file.</summary>
    public string Path { get; }

    /// <summary>Opens the store at <paramref name="path"/>, creating or migrating it.</summary>
    /// <exception cref="StoreVersionException">The file was written by a newer PaperGraph.</exception>
    public static async Task<SqliteGraphStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }

        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await db.OpenAsync(cancellationToken);
        var store = new SqliteGraphStore(db, path);
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }

        return store;
    }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await ExecAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;", cancellationToken);
        var version = Convert.ToInt32(await ScalarAsync("PRAGMA user_version", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (version > SqliteSchema.Current)
        {
            throw new StoreVersionException($"the store '{Path}' was written by a newer PaperGraph (schema version {version}; this version knows up to {SqliteSchema.Current}): upgrade PaperGraph, or use another --db");
        }

        for (var v = version; v < SqliteSchema.Current; v++)
        {
            await using var tx = await _db.BeginTransactionAsync(cancellationToken);
            await ExecAsync(SqliteSchema.Migrations[v], cancellationToken, (SqliteTransaction)tx);
            await ExecAsync($"PRAGMA user_version = {v + 1}", cancellationToken, (SqliteTransaction)tx);
            await tx.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<StoreWriteResult> WriteAsync(IReadOnlyList<PaperExtraction> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await using var tx = (SqliteTransaction)await _db.BeginTransactionAsync(cancellationToken);
        using var w = new BatchWriter(_db, tx);
        var newEntities = new List<string>();
        var newAliases = new List<(string, string)>();
        var fresh = 0;
        foreach (var x in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = x.Paper;
            var isNew = w.InsertPaper.Bind(
                p.Id, p.Title, p.Abstract, Json(p.Authors), p.Date, p.Year, Json(p.Categories), p.Url, p.Doi, p.Source.ToString(), "").ExecuteNonQuery() == 1;
            if (isNew)
            {
                fresh++;
            }
            else
            {
                w.UpdatePaper.Bind(p.Id, p.Title, p.Abstract, Json(p.Authors), p.Date, p.Year, Json(p.Categories), p.Url, p.Doi, p.Source.ToString()).ExecuteNonQuery();
                w.DeleteMentions.Bind(p.Id).ExecuteNonQuery();
                w.DeleteProposals.Bind(p.Id).ExecuteNonQuery();
                w.DeleteClaims.Bind(p.Id).ExecuteNonQuery();
            }

            foreach (var e in x.Entities)
            {
                if (!_knownEntities.Contains(e.Key))
                {
                    var m = e.Model;
                    w.InsertEntity.Bind(e.Key, e.Type.ToString(), e.Name, e.Origin, m?.Family, m?.Version, m?.Size, m?.Parameters, m?.Variant).ExecuteNonQuery();
                    newEntities.Add(e.Key);
                    AddAlias(w, e.Key, e.Name, newAliases);
                }

                foreach (var a in e.Aliases)
                {
                    AddAlias(w, e.Key, a, newAliases);
                }

                w.InsertMention.Bind(p.Id, e.Key, e.Mentions).ExecuteNonQuery();
            }

            // Proposals name entities; a name can stand for two types in one paper, the first listed wins.
            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in x.Entities)
            {
                byName.TryAdd(e.Name, e.Key);
            }

            foreach (var name in x.Proposes)
            {
                w.InsertProposal.Bind(p.Id, byName.GetValueOrDefault(name) ?? name).ExecuteNonQuery();
            }

            foreach (var c in x.Comparisons)
            {
                w.InsertClaim.Bind(
                    p.Id, c.SubjectKey, c.ObjectKey, c.Outcome.ToString().ToLowerInvariant(), c.Evidence, c.SpanStart, c.SpanLength,
                    c.Metric, c.Dataset, c.OnModel, c.Margin?.Text, c.Margin?.Value, c.Margin?.Unit, c.Hedged ? 1 : 0).ExecuteNonQuery();
            }
        }

        w.SetMeta.Bind("fts_dirty", "1").ExecuteNonQuery();
        await tx.CommitAsync(cancellationToken);

        // Only after the commit: a rolled-back batch must not leave entities marked as stored.
        _knownEntities.UnionWith(newEntities);
        _knownAliases.UnionWith(newAliases);
        return new StoreWriteResult(batch.Count, fresh);
    }

    private void AddAlias(BatchWriter w, string key, string alias, List<(string, string)> added)
    {
        if (_knownAliases.Contains((key, alias)))
        {
            return;
        }

        w.InsertAlias.Bind(key, alias).ExecuteNonQuery();
        var norm = EntityKey.Normalize(alias);
        if (norm.Length > 0)
        {
            w.InsertAliasIndex.Bind(norm, key).ExecuteNonQuery();
        }

        added.Add((key, alias));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PaperExtraction> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var paper in ReadPapersAsync(cancellationToken))
        {
            yield return await LoadExtractionAsync(paper, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PaperExtraction> ReadAsync(IReadOnlyCollection<string> paperIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paperIds);
        foreach (var id in paperIds.Distinct(StringComparer.Ordinal))
        {
            Paper? paper = null;
            await using (var cmd = Command($"SELECT rowid, {PaperColumns} FROM papers WHERE id = $id").Bind(id))
            await using (var r = await cmd.ExecuteReaderAsync(cancellationToken))
            {
                if (await r.ReadAsync(cancellationToken))
                {
                    paper = ReadPaper(r, 1);
                }
            }

            if (paper is not null)
            {
                yield return await LoadExtractionAsync(paper, cancellationToken);
            }
        }
    }

    /// <summary>Streams the stored papers without their facts (for reindex), in pages by rowid so no statement stays open across the caller's awaits.</summary>
    public async IAsyncEnumerable<Paper> ReadPapersAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long after = 0;
        while (true)
        {
            var page = new List<(long, Paper)>();
            await using (var cmd = Command($"SELECT rowid, {PaperColumns} FROM papers WHERE rowid > $a ORDER BY rowid LIMIT 2000").Bind(after))
            await using (var r = await cmd.ExecuteReaderAsync(cancellationToken))
            {
                while (await r.ReadAsync(cancellationToken))
                {
                    page.Add((r.GetInt64(0), ReadPaper(r, 1)));
                }
            }

            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var (rowId, paper) in page)
            {
                after = rowId;
                yield return paper;
            }
        }
    }

    /// <summary>Removes entities no paper mentions or compares any more (after a reindex).</summary>
    public async Task<int> RemoveOrphanEntitiesAsync(CancellationToken cancellationToken)
    {
        await using var tx = (SqliteTransaction)await _db.BeginTransactionAsync(cancellationToken);
        const string orphan = "SELECT key FROM entities WHERE key NOT IN (SELECT entity_key FROM mentions) AND key NOT IN (SELECT subject_key FROM claims) AND key NOT IN (SELECT object_key FROM claims)";
        await ExecAsync($"DELETE FROM entity_aliases WHERE entity_key IN ({orphan}); DELETE FROM alias_index WHERE entity_key IN ({orphan});", cancellationToken, tx);
        await using var cmd = Command($"DELETE FROM entities WHERE key IN ({orphan})", tx);
        var n = await cmd.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        _knownEntities.Clear();
        _knownAliases.Clear();
        return n;
    }

    /// <summary>Runs SQLite's integrity check; "ok" when the file is sound.</summary>
    public async Task<string> CheckIntegrityAsync(CancellationToken cancellationToken) =>
        (string)(await ScalarAsync("PRAGMA integrity_check", cancellationToken))!;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _db.CloseAsync();
        await _db.DisposeAsync();
    }

    private static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    private static IReadOnlyList<string> FromJson(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];

    // The columns ReadPaper reads, in its order.
    private const string PaperColumns = "id, title, abstract, authors, date, categories, url, doi, source";

    private static Paper ReadPaper(SqliteDataReader r, int i)
    {
        var source = r.GetString(i + 8);
        return new Paper(
            r.GetString(i), r.IsDBNull(i + 1) ? null : r.GetString(i + 1), r.GetString(i + 2), FromJson(r.GetString(i + 3)),
            r.IsDBNull(i + 4) ? null : r.GetString(i + 4), FromJson(r.GetString(i + 5)), r.IsDBNull(i + 6) ? null : r.GetString(i + 6),
            r.IsDBNull(i + 7) ? null : r.GetString(i + 7), ParseSource(source));
    }

    private static SourceLocation ParseSource(string s)
    {
        var colon = s.LastIndexOf(':');
        return colon > 0 && int.TryParse(s.AsSpan(colon + 1), out var line) ? new SourceLocation(s[..colon], line, 0) : new SourceLocation(s, 0, 0);
    }

    private async Task<PaperExtraction> LoadExtractionAsync(Paper paper, CancellationToken ct)
    {
        var entities = new List<Entity>();
        await using (var cmd = Command(
            """
            SELECT e.key, e.type, e.name, e.origin, e.family, e.version, e.size, e.params, e.variant, m.count,
                   (SELECT json_group_array(alias) FROM entity_aliases a WHERE a.entity_key = e.key AND a.alias <> e.name)
            FROM mentions m JOIN entities e ON e.key = m.entity_key WHERE m.paper_id = $p ORDER BY e.key
            """).Bind(paper.Id))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                entities.Add(ReadEntity(r, 0, r.GetInt32(9), FromJson(r.GetString(10))));
            }
        }

        var proposes = new List<string>();
        await using (var cmd = Command("SELECT COALESCE(e.name, p.entity_key) FROM proposals p LEFT JOIN entities e ON e.key = p.entity_key WHERE p.paper_id = $p ORDER BY 1").Bind(paper.Id))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                proposes.Add(r.GetString(0));
            }
        }

        var claims = new List<Comparison>();
        await using (var cmd = Command(
            """
            SELECT COALESCE(s.name, c.subject_key), c.subject_key, COALESCE(o.name, c.object_key), c.object_key, c.outcome, c.evidence,
                   c.span_start, c.span_length, c.metric, c.dataset, c.on_model, c.margin, c.margin_value, c.margin_unit, c.hedged
            FROM claims c LEFT JOIN entities s ON s.key = c.subject_key LEFT JOIN entities o ON o.key = c.object_key
            WHERE c.paper_id = $p ORDER BY c.id
            """).Bind(paper.Id))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                claims.Add(new Comparison(
                    r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseOutcome(r.GetString(4)), r.GetString(5),
                    r.GetInt32(6), r.GetInt32(7), Str(r, 8), Str(r, 9), Str(r, 10),
                    r.IsDBNull(11) ? null : new Quantity(r.IsDBNull(12) ? 0 : r.GetDouble(12), Str(r, 13) ?? "", r.GetString(11)),
                    r.GetInt32(14) != 0));
            }
        }

        return new PaperExtraction(paper, entities, proposes, claims);
    }

    private static Entity ReadEntity(SqliteDataReader r, int i, int mentions, IReadOnlyList<string> aliases)
    {
        var type = Enum.Parse<EntityType>(r.GetString(i + 1));
        ModelInfo? model = r.IsDBNull(i + 4) ? null : new ModelInfo(r.GetString(i + 4), Str(r, i + 5), Str(r, i + 6), r.IsDBNull(i + 7) ? null : r.GetInt64(i + 7), Str(r, i + 8));
        return new Entity(type, r.GetString(i + 2), r.GetString(i), aliases, mentions, r.GetString(i + 3), model);
    }

    private static ComparisonOutcome ParseOutcome(string s) => Enum.Parse<ComparisonOutcome>(s, ignoreCase: true);

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private async Task ExecAsync(string sql, CancellationToken ct, SqliteTransaction? tx = null)
    {
        await using var cmd = Command(sql, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var cmd = Command(sql);
        return await cmd.ExecuteScalarAsync(ct);
    }
}
