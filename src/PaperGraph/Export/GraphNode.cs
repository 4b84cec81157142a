namespace PaperGraph.Export;

/// <summary>A node: a paper (identified by its id) or an entity (identified by its key).</summary>
/// <param name="Label">"Paper" or "Entity".</param>
/// <param name="Id">The paper id or the entity key.</param>
/// <param name="EntityType">The entity's type name (its second label), null for papers.</param>
public sealed record GraphNode(string Label, string Id, string? EntityType) : GraphElement
{
    /// <summary>An id unique across papers and entities, for formats with one id space.</summary>
    public string UniqueId => UniqueIdOf(Label, Id);

    /// <summary>The name people read: the entity name or the paper title.</summary>
    public string DisplayName =>
        Properties.FirstOrDefault(p => p.Key is "name" or "title").Value as string ?? Id;

    /// <summary>The id unique across labels: entity keys carry their type prefix already; paper ids get "paper:".</summary>
    public static string UniqueIdOf(string label, string id) => label == GraphSchema.Paper ? "paper:" + id : id;
}
