using PaperGraph.Graph;
using PaperGraph.Testing;

namespace PaperGraph.Sqlite.Tests;

public sealed class SqliteConformanceTests : GraphStoreConformanceTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-conf-").FullName;

    protected override async Task<IGraphStore> CreateStoreAsync() =>
        await SqliteGraphStore.OpenAsync(Path.Combine(_dir, $"{Guid.NewGuid():N}.db"), CancellationToken.None);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
