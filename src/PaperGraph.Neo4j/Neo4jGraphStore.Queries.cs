using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>The questions, each one or a few prepared statements; answers match the embedded store's.</summary>
public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public async Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var counts = (await RunAsync("stats_counts", null, cancellationToken)).Records.Single();
        var byType = new Dictionary<EntityType, long>();
        foreach (var r in (await RunAsync("stats_entities_by_type", null, cancellationToken)).Records)
        {
            if (r.NullableString("type") is { } t && Enum.TryParse<EntityType>(t, out var type))
            {
                byType[type] = r.Int64("entities");
            }
        }

        var against = Ranked(await RunAsync("stats_most_compared_against", null, cancellationToken), "papers");
        var winning = Ranked(await RunAsync("stats_most_winning", null, cancellationToken), "papers");
        return new StoreStats(counts.Int64("papers"), byType, counts.Int64("mentions"), counts.Int64("proposals"), counts.Int64("comparisons"), against, winning);
    }

    /// <inheritdoc />
    public async Task<EntityLookup> FindEntityAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var norm = EntityKey.Normalize(name);
        if (norm.Length == 0)
        {
            return new EntityLookup(null, []);
        }

        var found = (await RunAsync("find_entity", new() { ["norm"] = norm }, cancellationToken)).Records;
        if (found.Count > 0)
        {
            return new EntityLookup(Ref(found[0]), []);
        }

        // Closest names: same prefix first, then small edit distance over names of similar length.
        var candidates = (await RunAsync("suggest_entities", new() { ["lo"] = Math.Max(1, norm.Length - 3), ["hi"] = norm.Length + 6 }, cancellationToken)).Records;
        var refs = candidates.Select(Ref).DistinctBy(r => r.Key).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var best = NameSuggestions.Closest(norm, candidates.Select(r => (r.String("norm"), Ref(r).Key))).Select(k => refs[k]).ToList();
        return new EntityLookup(null, best);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimSummary>> BeatsAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var claims = await ClaimsAsync("beats", new() { ["key"] = entityKey }, cancellationToken);
        return ClaimSummaries.Summarise(claims, c => c.Subject, query);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClaimSummary>> BeatenByAsync(string entityKey, ClaimQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var claims = await ClaimsAsync("beaten_by", new() { ["key"] = entityKey }, cancellationToken);
        return ClaimSummaries.Summarise(claims, c => c.Object, query);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimChain>> TransitiveBeatsAsync(string entityKey, int depth, ClaimQuery query, CancellationToken cancellationToken) =>
        ClaimChains.SearchAsync(
            entityKey,
            depth,
            query,
            async (targets, ct) => (await ClaimsAsync("winners_of", new() { ["keys"] = targets }, ct)).ToLookup(c => c.Object.Key, StringComparer.Ordinal),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimRecord>> CompareAsync(string entityKeyA, string entityKeyB, CancellationToken cancellationToken) =>
        ClaimsAsync("compare", new() { ["a"] = entityKeyA, ["b"] = entityKeyB }, cancellationToken);

    /// <inheritdoc />
    public async Task<EntityCard?> GetEntityCardAsync(string entityKey, CancellationToken cancellationToken)
    {
        var key = new Dictionary<string, object?> { ["key"] = entityKey };
        var rows = (await RunAsync("entity_card", key, cancellationToken)).Records;
        if (rows.Count == 0)
        {
            return null;
        }

        var r = rows[0];
        var entity = ReadEntity(r, r.Int32("papers"), r.StringList("aliases"));
        var variants = (await RunAsync("entity_variants", new() { ["key"] = entityKey, ["family"] = entity.Name }, cancellationToken)).Records.Select(Ref).ToList();
        var proposedBy = Papers(await RunAsync("entity_proposed_by", key, cancellationToken));
        var mentionedIn = Papers(await RunAsync("entity_mentioned_in", key, cancellationToken));
        var wins = await ClaimsAsync("entity_wins", key, cancellationToken);
        var losses = await ClaimsAsync("beats", key, cancellationToken);
        var datasets = Ranked(await RunAsync("entity_cooccurring", new() { ["key"] = entityKey, ["prefix"] = "dataset:" }, cancellationToken), "papers");
        var metrics = Ranked(await RunAsync("entity_cooccurring", new() { ["key"] = entityKey, ["prefix"] = "metric:" }, cancellationToken), "papers");
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
        return Papers(await RunAsync("papers_mentioning", new() { ["keys"] = keys }, cancellationToken));
    }

    private async Task<IReadOnlyList<ClaimRecord>> ClaimsAsync(string statement, Dictionary<string, object?> parameters, CancellationToken ct) =>
        [.. (await RunAsync(statement, parameters, ct)).Records.Select(ReadClaim)];

    private static ClaimRecord ReadClaim(Neo4jRecord r) =>
        new(
            new EntityRef(r.String("subject_key"), r.String("subject_name"), ParseType(r.String("subject_type"))),
            new EntityRef(r.String("object_key"), r.String("object_name"), ParseType(r.String("object_type"))),
            ParseOutcome(r.String("outcome")),
            new PaperSummary(r.String("paper_id"), r.NullableString("paper_title"), r.NullableInt32("paper_year"), r.NullableString("paper_url")),
            r.NullableString("evidence") ?? "",
            r.NullableInt32("span_start") ?? 0,
            r.NullableInt32("span_length") ?? 0,
            r.NullableString("metric"),
            r.NullableString("dataset"),
            r.NullableString("on_model"),
            r.NullableString("margin"),
            r.Bool("hedged"))
        {
            MarginValue = r.NullableDouble("margin_value"),
        };

    private static EntityRef Ref(Neo4jRecord r) => new(r.String("key"), r.String("name"), ParseType(r.String("type")));

    private static IReadOnlyList<RankedEntity> Ranked(Neo4jResult result, string count) =>
        [.. result.Records.Select(r => new RankedEntity(Ref(r), r.Int64(count)))];

    private static IReadOnlyList<PaperSummary> Papers(Neo4jResult result) =>
        [.. result.Records.Select(r => new PaperSummary(r.String("id"), r.NullableString("title"), r.NullableInt32("year"), r.NullableString("url")))];
}
