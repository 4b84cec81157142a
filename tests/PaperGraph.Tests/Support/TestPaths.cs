namespace PaperGraph.Tests.Support;

/// <summary>Locates test data, the repository (for samples/) and the shared corpus beside it.</summary>
internal static class TestPaths
{
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Data", .. parts]);

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PaperGraph.sln not found above the test binaries");
    }

    public static string Samples(string file = "") => Path.Combine(RepoRoot(), "samples", file);

    /// <summary>The shared corpus folder (../shared/corpus beside the repository), or null when absent.</summary>
    public static string? SharedCorpus()
    {
        var env = Environment.GetEnvironmentVariable("PAPERGRAPH_SHARED");
        var candidates = new[] { env is null ? null : Path.Combine(env, "corpus"), Path.Combine(RepoRoot(), "..", "shared", "corpus") };
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(c)) is { } found ? Path.GetFullPath(found) : null;
    }

    public static string? SharedGold() =>
        SharedCorpus() is { } corpus && File.Exists(Path.Combine(corpus, "..", "gold", "dev.jsonl")) ? Path.GetFullPath(Path.Combine(corpus, "..", "gold", "dev.jsonl")) : null;
}
