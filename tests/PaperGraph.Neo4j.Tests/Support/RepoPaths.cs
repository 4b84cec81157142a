namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no PaperGraph.sln above {AppContext.BaseDirectory}");
    }
}
