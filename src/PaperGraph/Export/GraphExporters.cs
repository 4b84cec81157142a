namespace PaperGraph.Export;

/// <summary>The export formats by name.</summary>
public static class GraphExporters
{
    /// <summary>Format names, as the command line accepts them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["cypher", "neo4j-csv", "graphml", "json", "html"];

    /// <summary>The exporter for <paramref name="format"/>, or null when the name is unknown.</summary>
    public static IGraphExporter? Create(string format) => format.ToLowerInvariant() switch
    {
        "cypher" => new CypherGraphExporter(),
        "neo4j-csv" or "csv" => new Neo4jCsvGraphExporter(),
        "graphml" => new GraphMLGraphExporter(),
        "json" => new JsonGraphExporter(),
        "html" => new HtmlGraphExporter(),
        _ => null,
    };
}
