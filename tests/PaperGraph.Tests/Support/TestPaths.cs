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

    /// <summary>
    /// The shared corpus folder, or null when absent: $PAPERGRAPH_SHARED/corpus, else shared/corpus in the
    /// nearest folder above the repository (../shared for a clone, ../../shared for a worktree under wt/).
    /// </summary>
    public static string? SharedCorpus()
    {
        if (Environment.GetEnvironmentVariable("PAPERGRAPH_SHARED") is { Length: > 0 } env && Directory.Exists(Path.Combine(env, "corpus")))
        {
            return Path.GetFullPath(Path.Combine(env, "corpus"));
        }

        for (var dir = new DirectoryInfo(RepoRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string? SharedGold() =>
        SharedCorpus() is { } corpus && File.Exists(Path.Combine(corpus, "..", "gold", "dev.jsonl")) ? Path.GetFullPath(Path.Combine(corpus, "..", "gold", "dev.jsonl")) : null;
}
