using PaperGraph.Domain;

namespace PaperGraph.Neo4j;

/// <summary>
/// A batch of extractions as the parameter rows of the loading statements: one list per statement, so
/// a batch is a fixed handful of <c>UNWIND $rows</c> statements whatever its size.
/// </summary>
internal sealed class GraphRows
{
    private static readonly EntityType[] Types = Enum.GetValues<EntityType>();

    private GraphRows()
    {
    }

    public List<string> Ids { get; } = [];

    public List<Dictionary<string, object?>> Papers { get; } = [];

    public Dictionary<EntityType, List<Dictionary<string, object?>>> EntitiesByType { get; } = [];

    public List<Dictionary<string, object?>> Mentions { get; } = [];

    public List<Dictionary<string, object?>> Proposals { get; } = [];

    public List<Dictionary<string, object?>> Claims { get; } = [];

    public List<Dictionary<string, object?>> Variants { get; } = [];

    /// <summary>The statement that loads entities of <paramref name="type"/>: labels come only from this fixed set.</summary>
    public static string EntityStatement(EntityType type) => type switch
    {
        EntityType.Model => "load_entities_model",
        EntityType.Method => "load_entities_method",
        EntityType.Dataset => "load_entities_dataset",
        EntityType.Metric => "load_entities_metric",
        EntityType.Task => "load_entities_task",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not an entity type"),
    };

    public static GraphRows Build(IReadOnlyList<PaperExtraction> batch)
    {
        var rows = new GraphRows();

        // The same paper twice in one batch: the later copy wins, as it would in two batches.
        var papers = new Dictionary<string, PaperExtraction>(StringComparer.Ordinal);
        foreach (var x in batch)
        {
            papers[x.Paper.Id] = x;
        }

        var entities = new Dictionary<string, EntityRow>(StringComparer.Ordinal);
        foreach (var (id, x) in papers)
        {
            rows.Ids.Add(id);
            rows.Papers.Add(PaperRow(x.Paper));
            var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in x.Entities)
            {
                if (!entities.TryGetValue(e.Key, out var row))
                {
                    row = new EntityRow(e);
                    entities.Add(e.Key, row);
                }

                row.Add(e.Name);
                foreach (var a in e.Aliases)
                {
                    row.Add(a);
                }

                mentions[e.Key] = e.Mentions;
            }

            foreach (var (key, count) in mentions)
            {
                rows.Mentions.Add(new() { ["paper"] = id, ["key"] = key, ["count"] = count });
            }

            var byName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in x.Entities)
            {
                byName.TryAdd(e.Name, e.Key);
            }

            foreach (var key in x.Proposes.Select(n => byName.GetValueOrDefault(n) ?? n).Distinct(StringComparer.Ordinal))
            {
                rows.Proposals.Add(new() { ["paper"] = id, ["key"] = key });
            }

            for (var i = 0; i < x.Comparisons.Count; i++)
            {
                var c = x.Comparisons[i];
                rows.Claims.Add(new()
                {
                    ["paper"] = id,
                    ["ordinal"] = i,
                    ["subject"] = c.SubjectKey,
                    ["object"] = c.ObjectKey,
                    ["outcome"] = c.Outcome.ToString().ToLowerInvariant(),
                    ["evidence"] = c.Evidence,
                    ["span_start"] = c.SpanStart,
                    ["span_length"] = c.SpanLength,
                    ["metric"] = c.Metric,
                    ["dataset"] = c.Dataset,
                    ["on_model"] = c.OnModel,
                    ["margin"] = c.Margin?.Text,
                    ["margin_value"] = c.Margin?.Value,
                    ["margin_unit"] = c.Margin?.Unit,
                    ["hedged"] = c.Hedged,
                });
            }
        }

        foreach (var type in Types)
        {
            var list = entities.Values.Where(e => e.Entity.Type == type).Select(e => e.ToRow()).ToList();
            if (list.Count > 0)
            {
                rows.EntitiesByType[type] = list;
            }
        }

        foreach (var e in entities.Values)
        {
            if (e.Entity is { Type: EntityType.Model, Model.Family: { Length: > 0 } family }
                && EntityKey.For(EntityType.Model, family) is var familyKey && familyKey != e.Entity.Key)
            {
                rows.Variants.Add(new() { ["key"] = e.Entity.Key, ["family"] = familyKey });
            }
        }

        return rows;
    }

    private static Dictionary<string, object?> PaperRow(Paper p) => new()
    {
        ["id"] = p.Id,
        ["title"] = p.Title,
        ["abstract"] = p.Abstract,
        ["year"] = p.Year,
        ["date"] = p.Date,
        ["authors"] = p.Authors,
        ["categories"] = p.Categories,
        ["url"] = p.Url,
        ["doi"] = p.Doi,
        ["source"] = p.Source.ToString(),
    };

    private sealed class EntityRow(Entity entity)
    {
        private readonly List<string> _aliases = [];
        private readonly List<string> _norms = [];

        public Entity Entity { get; } = entity;

        public void Add(string alias)
        {
            if (!_aliases.Contains(alias, StringComparer.Ordinal))
            {
                _aliases.Add(alias);
            }

            var norm = EntityKey.Normalize(alias);
            if (norm.Length > 0 && !_norms.Contains(norm, StringComparer.Ordinal))
            {
                _norms.Add(norm);
            }
        }

        public Dictionary<string, object?> ToRow() => new()
        {
            ["key"] = Entity.Key,
            ["name"] = Entity.Name,
            ["origin"] = Entity.Origin,
            ["norm"] = EntityKey.Normalize(Entity.Name),
            ["aliases"] = _aliases,
            ["norms"] = _norms,
            ["family"] = Entity.Model?.Family,
            ["version"] = Entity.Model?.Version,
            ["size"] = Entity.Model?.Size,
            ["params"] = Entity.Model?.Parameters,
            ["variant"] = Entity.Model?.Variant,
        };
    }
}
