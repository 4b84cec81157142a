namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>A test against a real Neo4j: it runs when NEO4J_URI is set and is reported as skipped otherwise.</summary>
public sealed class Neo4jServerFactAttribute : FactAttribute
{
    public Neo4jServerFactAttribute()
    {
        if (Neo4jSettings.FromEnvironment() is null)
        {
            Skip = "no Neo4j server: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to run it, e.g. against 'docker compose up'";
        }
    }
}
