namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>Tests that share the one real server run one after another: each empties the database first.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jServerCollection
{
    public const string Name = "real Neo4j server";
}
