using Microsoft.Data.Sqlite;
using PaperGraph.Testing;

namespace PaperGraph.Sqlite.Tests;

public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-sqlite-").FullName;

    private string Db(string name = "s.db") => Path.Combine(_dir, name);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<long> ScalarAsync(string db, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task ANewStoreIsMigratedToTheCurrentSchemaInWalMode()
    {
        await using (await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None))
        {
        }

        Assert.Equal(SqliteSchema.Current, await ScalarAsync(Db(), "PRAGMA user_version"));
        await using var c = new SqliteConnection($"Data Source={Db()};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AVersionOneStoreIsUpgradedInPlaceKeepingItsData()
    {
        await using (var c = new SqliteConnection($"Data Source={Db()};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = SqliteSchema.Migrations[0] + "; INSERT INTO papers VALUES ('p', 't', 'a', '[]', NULL, NULL, '[]', NULL, NULL, 's', ''); PRAGMA user_version = 1;";
            await cmd.ExecuteNonQueryAsync();
        }

        await using (var store = await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None))
        {
            Assert.Equal(1, (await store.GetStatsAsync(CancellationToken.None)).Papers);
        }

        Assert.Equal(SqliteSchema.Current, await ScalarAsync(Db(), "PRAGMA user_version"));
        Assert.Equal(1, await ScalarAsync(Db(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'mentions_entity_count'"));
    }

    [Fact]
    public async Task AStoreWrittenByANewerVersionIsAClearError()
    {
        await using (await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None))
        {
        }

        await ScalarAsync(Db(), $"PRAGMA user_version = {SqliteSchema.Current + 1}");

        var ex = await Assert.ThrowsAsync<StoreVersionException>(() => SqliteGraphStore.OpenAsync(Db(), CancellationToken.None));
        Assert.Contains("newer PaperGraph", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Db(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReopeningAStoreKeepsItsContent()
    {
        await using (var store = await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None))
        {
            await store.WriteAsync(GraphFixture.Papers(), CancellationToken.None);
        }

        await using var again = await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None);
        Assert.Equal(3, (await again.GetStatsAsync(CancellationToken.None)).Papers);
        Assert.Equal("ok", await again.CheckIntegrityAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FullTextSearchFindsPapersByTitleWords()
    {
        await using var store = await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None);
        await store.WriteAsync(GraphFixture.Papers(), CancellationToken.None);

        var hits = await store.SearchPapersAsync("revisited", 10, CancellationToken.None);

        Assert.Equal("p3", Assert.Single(hits).Id);
    }

    [Fact]
    public async Task RemovingOrphansKeepsEntitiesThatAreStillMentioned()
    {
        await using var store = await SqliteGraphStore.OpenAsync(Db(), CancellationToken.None);
        await store.WriteAsync(GraphFixture.Papers(), CancellationToken.None);
        var p3 = GraphFixture.Papers()[2];

        // p3 re-extracted with nothing found: Pre-LN is still mentioned by p1, nothing becomes orphaned but p3's claims go.
        await store.WriteAsync([p3 with { Entities = [], Comparisons = [], Proposes = [] }], CancellationToken.None);
        var removed = await store.RemoveOrphanEntitiesAsync(CancellationToken.None);

        Assert.Equal(0, removed);
        Assert.Equal(3, (await store.GetStatsAsync(CancellationToken.None)).Comparisons);
    }
}
