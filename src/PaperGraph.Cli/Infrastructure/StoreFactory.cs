using Microsoft.Data.Sqlite;
using PaperGraph.Graph;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Opens the stores the CLI can use, turning their failures into one-line user errors.</summary>
internal static class StoreFactory
{
    /// <summary>Opens or creates the embedded SQLite store.</summary>
    public static async Task<IGraphStore> OpenSqliteAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await SqliteGraphStore.OpenAsync(path, cancellationToken);
        }
        catch (StoreVersionException ex)
        {
            throw new UserException(ex.Message);
        }
        catch (SqliteException ex)
        {
            throw new UserException($"cannot open the store '{path}': {ex.Message}");
        }
    }
}
