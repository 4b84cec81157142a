namespace PaperGraph.Cli.Tests.Support;

/// <summary>Ingests the repository's samples/ once with the real extractor and store, for the question tests.</summary>
public sealed class SeedStoreFixture : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-seeds-").FullName;

    public string Db => Path.Combine(_dir, "seeds.db");

    public string IngestOutput { get; private set; } = "";

    public static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperGraph.sln")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("samples/ not found");
    }

    public async Task InitializeAsync()
    {
        var (exit, output, err) = await CliRunner.RunAsync(["ingest", Samples(), "--db", Db, "--format", "json"]);
        Assert.True(exit == 0, err);
        IngestOutput = output;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
        return Task.CompletedTask;
    }
}
