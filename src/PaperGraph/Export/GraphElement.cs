namespace PaperGraph.Export;

/// <summary>A node or relationship of the exported graph, in the order exporters write them.</summary>
public abstract record GraphElement
{
    /// <summary>Properties in schema order; null values are left out by every format.</summary>
    public required IReadOnlyList<KeyValuePair<string, object?>> Properties { get; init; }
}
