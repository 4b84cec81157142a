using System.Runtime.CompilerServices;
using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>
/// Turns stored extractions into graph elements one paper at a time: each paper's node, the entity nodes not
/// written before (deduplicated by key; the first paper to name an entity gives its properties), then its
/// relationships. Memory grows with distinct entity keys only, never with papers.
/// </summary>
public static class GraphElementStream
{
    /// <summary>The elements of <paramref name="papers"/>; every relationship follows both its nodes.</summary>
    public static async IAsyncEnumerable<GraphElement> ReadAsync(IAsyncEnumerable<PaperExtraction> papers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var seenEntities = new HashSet<string>(StringComparer.Ordinal);
        var seenPapers = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var x in papers.WithCancellation(cancellationToken))
        {
            if (!seenPapers.Add(x.Paper.Id))
            {
                continue;
            }

            foreach (var element in ForPaper(x, seenEntities))
            {
                yield return element;
            }
        }
    }

    /// <summary>The elements of one paper, given the entity keys already written (updated).</summary>
    public static IEnumerable<GraphElement> ForPaper(PaperExtraction x, ISet<string> seenEntities)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(seenEntities);
        var p = x.Paper;
        yield return new GraphNode(GraphSchema.Paper, p.Id, null)
        {
            Properties =
            [
                new("id", p.Id), new("title", p.Title), new("abstract", p.Abstract), new("year", p.Year), new("date", p.Date),
                new("authors", p.Authors.Count == 0 ? null : p.Authors), new("categories", p.Categories.Count == 0 ? null : p.Categories), new("url", p.Url),
            ],
        };

        var variants = new List<GraphEdge>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in x.Entities)
        {
            byName.TryAdd(EntityKey.Normalize(e.Name), e.Key);
            foreach (var a in e.Aliases)
            {
                byName.TryAdd(EntityKey.Normalize(a), e.Key);
            }

            if (seenEntities.Add(e.Key))
            {
                yield return EntityNode(e.Key, e.Name, e.Type, e.Aliases, e.Model);
                if (Family(e) is { } family)
                {
                    if (seenEntities.Add(family.Key))
                    {
                        yield return EntityNode(family.Key, family.Name, EntityType.Model, [], new ModelInfo(e.Model!.Family, e.Model.Version, null, null, null));
                    }

                    variants.Add(new GraphEdge(GraphSchema.VariantOf, GraphSchema.Entity, e.Key, GraphSchema.Entity, family.Key) { Properties = [] });
                }
            }
        }

        foreach (var c in x.Comparisons)
        {
            foreach (var (key, name) in new[] { (c.SubjectKey, c.Subject), (c.ObjectKey, c.Object) })
            {
                if (seenEntities.Add(key))
                {
                    yield return EntityNode(key, name, TypeOf(key), [], null);
                }
            }
        }

        foreach (var v in variants)
        {
            yield return v;
        }

        foreach (var e in x.Entities)
        {
            yield return new GraphEdge(GraphSchema.Mentions, GraphSchema.Paper, p.Id, GraphSchema.Entity, e.Key) { Properties = [new("count", Math.Max(1, e.Mentions))] };
        }

        var proposed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in x.Proposes)
        {
            if (byName.TryGetValue(EntityKey.Normalize(name), out var key) && proposed.Add(key))
            {
                yield return new GraphEdge(GraphSchema.Proposes, GraphSchema.Paper, p.Id, GraphSchema.Entity, key) { Properties = [] };
            }
        }

        foreach (var c in x.Comparisons)
        {
            yield return new GraphEdge(GraphSchema.ComparesAgainst, GraphSchema.Entity, c.SubjectKey, GraphSchema.Entity, c.ObjectKey)
            {
                Properties =
                [
                    new("outcome", Outcome(c.Outcome)), new("paper_id", p.Id), new("evidence", c.Evidence), new("metric", c.Metric),
                    new("dataset", c.Dataset), new("margin", c.Margin?.Text), new("hedged", c.Hedged),
                ],
            };
        }
    }

    /// <summary>The claim outcome as stored: "outperforms", "comparable" or "compared".</summary>
    public static string Outcome(ComparisonOutcome outcome) => outcome switch
    {
        ComparisonOutcome.Outperforms => "outperforms",
        ComparisonOutcome.Comparable => "comparable",
        _ => "compared",
    };

    private static GraphNode EntityNode(string key, string name, EntityType type, IReadOnlyList<string> aliases, ModelInfo? model) =>
        new(GraphSchema.Entity, key, type.ToString())
        {
            Properties =
            [
                new("key", key), new("name", name), new("aliases", aliases.Count == 0 ? null : aliases),
                new("family", model?.Family), new("version", model?.Version), new("params", model?.Parameters),
            ],
        };

    // A sized variant (LLaMA-2-7B) belongs to its family (LLaMA-2): the family's key drops the size and qualifiers.
    private static (string Key, string Name)? Family(Entity e)
    {
        if (e.Type != EntityType.Model || e.Model is not { Size: not null } m || string.IsNullOrWhiteSpace(m.Family))
        {
            return null;
        }

        var name = m.Version is null ? m.Family : m.Family + "-" + m.Version;
        var key = EntityKey.For(EntityType.Model, name);
        return key == e.Key ? null : (key, name);
    }

    private static EntityType TypeOf(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<EntityType>(key.AsSpan(0, colon), ignoreCase: true, out var t) ? t : EntityType.Method;
    }
}
