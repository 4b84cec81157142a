namespace PaperGraph.Neo4j;

/// <summary>The rows one statement returned.</summary>
internal sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<Neo4jRecord> Records)
{
    public static Neo4jResult Empty { get; } = new([], []);
}
