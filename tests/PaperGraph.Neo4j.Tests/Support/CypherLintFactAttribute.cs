namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>
/// A test that needs the npm packages of tools/cypher-lint. Without them it is reported as skipped on a
/// developer's machine; under CI (CI=true) it runs and fails with the install command, never passing silently.
/// </summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public const string InstallCommand = "npm ci --prefix tools/cypher-lint";

    public CypherLintFactAttribute()
    {
        if (!IsInstalled && !RepoPaths.IsCi)
        {
            Skip = $"the Cypher lint's npm packages are not installed: run '{InstallCommand}'";
        }
    }

    public static bool IsInstalled => Directory.Exists(RepoPaths.Combine("tools", "cypher-lint", "node_modules", "@neo4j-cypher", "language-support"));
}
