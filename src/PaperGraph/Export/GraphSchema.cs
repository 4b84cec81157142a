namespace PaperGraph.Export;

/// <summary>
/// The exported graph model, shared with the Neo4j store: (:Paper {id,title,abstract,year,date,authors,categories,url}),
/// (:Entity:&lt;Type&gt; {key,name,aliases,family,version,params}), MENTIONS {count}, PROPOSES,
/// COMPARES_AGAINST {outcome,paper_id,evidence,metric,dataset,margin,hedged} and VARIANT_OF.
/// </summary>
public static class GraphSchema
{
    /// <summary>The paper label.</summary>
    public const string Paper = "Paper";

    /// <summary>The entity label (each entity also carries its type as a label).</summary>
    public const string Entity = "Entity";

    /// <summary>Paper → entity, with the mention count.</summary>
    public const string Mentions = "MENTIONS";

    /// <summary>Paper → entity it introduces.</summary>
    public const string Proposes = "PROPOSES";

    /// <summary>Entity → entity claim (subject first; the winner for "outperforms").</summary>
    public const string ComparesAgainst = "COMPARES_AGAINST";

    /// <summary>Sized model variant → its family (LLaMA-2-7B → LLaMA-2).</summary>
    public const string VariantOf = "VARIANT_OF";

    /// <summary>Paper properties and their types, in order.</summary>
    public static readonly IReadOnlyList<(string Name, PropertyKind Kind)> PaperProperties =
    [
        ("id", PropertyKind.String), ("title", PropertyKind.String), ("abstract", PropertyKind.String), ("year", PropertyKind.Int),
        ("date", PropertyKind.String), ("authors", PropertyKind.StringArray), ("categories", PropertyKind.StringArray), ("url", PropertyKind.String),
    ];

    /// <summary>Entity properties and their types, in order.</summary>
    public static readonly IReadOnlyList<(string Name, PropertyKind Kind)> EntityProperties =
    [
        ("key", PropertyKind.String), ("name", PropertyKind.String), ("aliases", PropertyKind.StringArray),
        ("family", PropertyKind.String), ("version", PropertyKind.String), ("params", PropertyKind.Long),
    ];

    /// <summary>Relationship types with their properties, in order.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Name, PropertyKind Kind)>> RelationshipProperties =
        new Dictionary<string, IReadOnlyList<(string Name, PropertyKind Kind)>>(StringComparer.Ordinal)
        {
            [Mentions] = [("count", PropertyKind.Int)],
            [Proposes] = [],
            [ComparesAgainst] =
            [
                ("outcome", PropertyKind.String), ("paper_id", PropertyKind.String), ("evidence", PropertyKind.String), ("metric", PropertyKind.String),
                ("dataset", PropertyKind.String), ("margin", PropertyKind.String), ("hedged", PropertyKind.Boolean),
            ],
            [VariantOf] = [],
        };
}
