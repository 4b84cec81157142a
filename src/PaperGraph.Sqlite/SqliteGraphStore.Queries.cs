using Microsoft.Data.Sqlite;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Sqlite;

/// <summary>The question side of the store: every answer is a few indexed queries.</summary>
public sealed partial class SqliteGraphStore
{
    private const string ClaimColumns =
        """
        c.subject_key, s.name, s.type, c.object_key, o.name, o.type, c.outcome, c.paper_id, p.title, p.year, p.url,
        c.evidence, c.span_start, c.span_length, c.metric, c.dataset, c.on_model, c.margin, c.hedged, c.margin_value
        """;

    private const string ClaimJoins =
        "FROM claims c JOIN entities s ON s.key = c.subject_key JOIN entities o ON o.key = c.object_key JOIN papers p ON p.id = c.paper_id";

    /// <inheritdoc />
    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var papers = Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM papers", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        var byType = new Dictionary<EntityType, long>();
        await using (var cmd = Command("SELECT type, COUNT(*) FROM entities GROUP BY type"))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                byType[Enum.Parse<EntityType>(r.GetString(0))] = r.GetInt64(1);
            }
        }

        long Count(object? o) => Convert.ToInt64(o, System.Globalization.CultureInfo.InvariantCulture);
        var mentions = Count(await ScalarAsync("SELECT COUNT(*) FROM mentions", cancellationToken));
        var proposals = Count(await ScalarAsync("SELECT COUNT(*) FROM proposals", cancellationToken));
        var comparisons = Count(await ScalarAsync("SELECT COUNT(*) FROM claims", cancellationToken));
        var against = await RankAsync("SELECT object_key, COUNT(DISTINCT paper_id) FROM claims GROUP BY object_key ORDER BY 2 DESC, 1 LIMIT 10", cancellationToken);
        var winning = await RankAsync("SELECT subject_key, COUNT(DISTINCT paper_id) FROM claims WHERE outcome = 'outperforms' GROUP BY subject_key ORDER BY 2 DESC, 1 LIMIT 10", cancellationToken);
        return new StoreStats(papers, byType, mentions, proposals, comparisons, against, winning);
    }

    /// <inheritdoc />
    public async Task<EntityLookup> FindEntityAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var norm = EntityKey.Normalize(name);

        // An alias can name entities of several types ("MoE" a method and a model): the most mentioned wins.
        await using (var cmd = Command(
            """
            SELECT e.key, e.name, e.type FROM alias_index a JOIN entities e ON e.key = a.entity_key
            WHERE a.norm = $n ORDER BY (SELECT COUNT(*) FROM mentions m WHERE m.entity_key = e.key) DESC, e.key LIMIT 1
            """).Bind(norm))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            if (await r.ReadAsync(cancellationToken))
            {
                return new EntityLookup(Ref(r, 0), []);
            }
        }

        return new EntityLookup(null, await SuggestAsync(norm, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimSummary>> BeatsAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var claims = await ClaimsAsync("c.object_key = $k AND c.outcome = 'outperforms'", cancellationToken, entityKey);
        return ClaimSummaries.Summarise(claims, c => c.Subject, query);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimSummary>> BeatenByAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var claims = await ClaimsAsync("c.subject_key = $k AND c.outcome = 'outperforms'", cancellationToken, entityKey);
        return ClaimSummaries.Summarise(claims, c => c.Object, query);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimChain>> TransitiveBeatsAsync(string entityKey, int depth, ClaimQuery query, CancellationToken cancellationToken) =>
        ClaimChains.SearchAsync(
            entityKey,
            depth,
            query,
            async (targets, ct) =>
            {
                var claims = new List<ClaimRecord>();
                foreach (var t in targets)
                {
                    claims.AddRange(await ClaimsAsync("c.object_key = $k AND c.outcome = 'outperforms' AND c.hedged = 0", ct, t));
                }

                return claims.ToLookup(c => c.Object.Key, StringComparer.Ordinal);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimRecord>> CompareAsync(string entityKeyA, string entityKeyB, CancellationToken cancellationToken) =>
        ClaimsAsync("(c.subject_key = $a AND c.object_key = $b) OR (c.subject_key = $b AND c.object_key = $a)", cancellationToken, entityKeyA, entityKeyB);

    /// <inheritdoc />
    public async Task<EntityCard?> GetEntityCardAsync(string entityKey, CancellationToken cancellationToken)
    {
        Entity? entity = null;
        await using (var cmd = Command(
            """
            SELECT e.key, e.type, e.name, e.origin, e.family, e.version, e.size, e.params, e.variant,
                   (SELECT COUNT(*) FROM mentions m WHERE m.entity_key = e.key),
                   (SELECT json_group_array(alias) FROM entity_aliases a WHERE a.entity_key = e.key AND a.alias <> e.name)
            FROM entities e WHERE e.key = $k
            """).Bind(entityKey))
        await using (var r = await cmd.ExecuteReaderAsync(cancellationToken))
        {
            if (await r.ReadAsync(cancellationToken))
            {
                entity = ReadEntity(r, 0, r.GetInt32(9), FromJson(r.GetString(10)));
            }
        }

        if (entity is null)
        {
            return null;
        }

        var variants = await RefsAsync("SELECT key, name, type FROM entities WHERE family = $f AND key <> $k ORDER BY params, name LIMIT 50", cancellationToken, entity.Name, entityKey);
        var proposedBy = await PapersAsync("SELECT p.id, p.title, p.year, p.url FROM proposals x JOIN papers p ON p.id = x.paper_id WHERE x.entity_key = $k ORDER BY p.year, p.id LIMIT 20", cancellationToken, entityKey);
        var mentionedIn = await PapersAsync("SELECT p.id, p.title, p.year, p.url FROM mentions x JOIN papers p ON p.id = x.paper_id WHERE x.entity_key = $k ORDER BY x.count DESC LIMIT 20", cancellationToken, entityKey);
        var wins = await ClaimsAsync("c.subject_key = $k", cancellationToken, entityKey);
        var losses = await ClaimsAsync("c.object_key = $k AND c.outcome = 'outperforms'", cancellationToken, entityKey);
        // Datasets and metrics it appears with, counted over the (at most) 2,000 papers that mention it most.
        var coQuery =
            """
            SELECT m2.entity_key, COUNT(*) FROM (SELECT paper_id FROM mentions WHERE entity_key = $k ORDER BY count DESC LIMIT 2000) m1
            JOIN mentions m2 ON m2.paper_id = m1.paper_id
            WHERE m2.entity_key >= $lo AND m2.entity_key < $hi GROUP BY m2.entity_key ORDER BY 2 DESC, 1 LIMIT 10
            """;
        var datasets = await RankAsync(coQuery, cancellationToken, entityKey, "dataset:", "dataset;");
        var metrics = await RankAsync(coQuery, cancellationToken, entityKey, "metric:", "metric;");
        return new EntityCard(
            new EntityRef(entity.Key, entity.Name, entity.Type), entity.Aliases, entity.Origin, entity.Model, variants, proposedBy, mentionedIn,
            wins, losses, datasets, metrics)
        {
            PaperCount = entity.Mentions,
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PaperSummary>> PapersMentioningAsync(IReadOnlyList<string> entityKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityKeys);
        if (entityKeys.Count == 0)
        {
            return [];
        }

        var keys = entityKeys.Distinct(StringComparer.Ordinal).ToList();
        var placeholders = string.Join(", ", keys.Select((_, i) => $"$k{i}"));
        return await PapersAsync(
            $"""
            SELECT p.id, p.title, p.year, p.url FROM papers p WHERE p.id IN (
              SELECT paper_id FROM mentions WHERE entity_key IN ({placeholders}) GROUP BY paper_id HAVING COUNT(DISTINCT entity_key) = {keys.Count})
            ORDER BY p.year DESC, p.id LIMIT 1000
            """,
            cancellationToken,
            [.. keys]);
    }

    /// <summary>Full-text search over titles and abstracts (SQLite FTS5 query syntax), best matches first.</summary>
    public async Task<IReadOnlyList<PaperSummary>> SearchPapersAsync(string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Convert.ToString(await ScalarAsync("SELECT value FROM meta WHERE key = 'fts_dirty'", cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == "1")
        {
            // The index is rebuilt on first search after writes, so ingest does not pay for it.
            await ExecAsync("INSERT INTO papers_fts(papers_fts) VALUES('rebuild'); UPDATE meta SET value = '0' WHERE key = 'fts_dirty';", cancellationToken);
        }

        return await PapersAsync(
            "SELECT p.id, p.title, p.year, p.url FROM papers_fts f JOIN papers p ON p.rowid = f.rowid WHERE papers_fts MATCH $q ORDER BY rank LIMIT $n",
            cancellationToken,
            query,
            limit);
    }

    private async Task<IReadOnlyList<ClaimRecord>> ClaimsAsync(string where, CancellationToken ct, params object?[] args)
    {
        var list = new List<ClaimRecord>();
        await using var cmd = Command($"SELECT {ClaimColumns} {ClaimJoins} WHERE {where} ORDER BY p.year DESC, c.id LIMIT 2000").Bind(args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new ClaimRecord(
                Ref(r, 0), Ref(r, 3), ParseOutcome(r.GetString(6)),
                new PaperSummary(r.GetString(7), Str(r, 8), r.IsDBNull(9) ? null : r.GetInt32(9), Str(r, 10)),
                r.GetString(11), r.GetInt32(12), r.GetInt32(13), Str(r, 14), Str(r, 15), Str(r, 16), Str(r, 17), r.GetInt32(18) != 0)
            {
                MarginValue = r.IsDBNull(19) ? null : r.GetDouble(19),
            });
        }

        return list;
    }

    private static EntityRef Ref(SqliteDataReader r, int i) => new(r.GetString(i), r.GetString(i + 1), Enum.Parse<EntityType>(r.GetString(i + 2)));

    private async Task<IReadOnlyList<EntityRef>> RefsAsync(string sql, CancellationToken ct, params object?[] args)
    {
        var list = new List<EntityRef>();
        await using var cmd = Command(sql).Bind(args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(Ref(r, 0));
        }

        return list;
    }

    private async Task<IReadOnlyList<RankedEntity>> RankAsync(string sql, CancellationToken ct, params object?[] args)
    {
        var counts = new List<(string Key, long Count)>();
        await using (var cmd = Command(sql).Bind(args))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                counts.Add((r.GetString(0), r.GetInt64(1)));
            }
        }

        var list = new List<RankedEntity>(counts.Count);
        foreach (var (key, count) in counts)
        {
            var refs = await RefsAsync("SELECT key, name, type FROM entities WHERE key = $k", ct, key);
            if (refs.Count == 1)
            {
                list.Add(new RankedEntity(refs[0], count));
            }
        }

        return list;
    }

    private async Task<IReadOnlyList<PaperSummary>> PapersAsync(string sql, CancellationToken ct, params object?[] args)
    {
        var list = new List<PaperSummary>();
        await using var cmd = Command(sql).Bind(args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new PaperSummary(r.GetString(0), Str(r, 1), r.IsDBNull(2) ? null : r.GetInt32(2), Str(r, 3)));
        }

        return list;
    }

    // Closest known names: same prefix first, then small edit distance over names of similar length.
    private async Task<IReadOnlyList<EntityRef>> SuggestAsync(string norm, CancellationToken ct)
    {
        if (norm.Length == 0)
        {
            return [];
        }

        var candidates = new List<(string Norm, string Key)>();
        // Typos rarely hit the first letter: only names starting like the query are scored.
        var first = norm[..1];
        var next = ((char)(norm[0] + 1)).ToString();
        await using (var cmd = Command("SELECT norm, entity_key FROM alias_index WHERE norm >= $a AND norm < $b AND length(norm) BETWEEN $lo AND $hi").Bind(first, next, Math.Max(1, norm.Length - 3), norm.Length + 6))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                candidates.Add((r.GetString(0), r.GetString(1)));
            }
        }

        var best = NameSuggestions.Closest(norm, candidates);
        var refs = new List<EntityRef>();
        foreach (var key in best)
        {
            refs.AddRange(await RefsAsync("SELECT key, name, type FROM entities WHERE key = $k", ct, key));
        }

        return refs;
    }
}
