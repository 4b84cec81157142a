namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>
/// Marks a test class that needs a real Neo4j. Its tests, inherited ones included (the store conformance
/// suite's plain [Fact]s), are reported as skipped with a reason when NEO4J_URI is not set.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jServerAttribute : Attribute
{
    public const string SkipReason =
        "no Neo4j server: set NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) to run it, e.g. against 'docker compose up'";

    /// <summary>Why the class's tests cannot run here, or null when a server is configured.</summary>
    public static string? ActiveSkipReason => Neo4jSettings.FromEnvironment() is null ? SkipReason : null;
}
