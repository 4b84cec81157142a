namespace PaperGraph.Export;

/// <summary>A relationship between two nodes written before it.</summary>
/// <param name="Type">MENTIONS, PROPOSES, COMPARES_AGAINST or VARIANT_OF.</param>
/// <param name="StartLabel">The start node's label.</param>
/// <param name="StartId">The start node's id or key.</param>
/// <param name="EndLabel">The end node's label.</param>
/// <param name="EndId">The end node's id or key.</param>
public sealed record GraphEdge(string Type, string StartLabel, string StartId, string EndLabel, string EndId) : GraphElement
{
    /// <summary>The start node's id unique across labels.</summary>
    public string StartUniqueId => GraphNode.UniqueIdOf(StartLabel, StartId);

    /// <summary>The end node's id unique across labels.</summary>
    public string EndUniqueId => GraphNode.UniqueIdOf(EndLabel, EndId);
}
