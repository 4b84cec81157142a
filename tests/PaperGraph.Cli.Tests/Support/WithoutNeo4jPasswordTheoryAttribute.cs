namespace PaperGraph.Cli.Tests.Support;

/// <summary>A theory about the missing-password path: skipped, with the reason, where NEO4J_PASSWORD is set.</summary>
public sealed class WithoutNeo4jPasswordTheoryAttribute : TheoryAttribute
{
    public WithoutNeo4jPasswordTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is not null)
        {
            Skip = "NEO4J_PASSWORD is set here, so the missing-password path cannot be exercised";
        }
    }
}
