using PaperGraph.Graph;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Opens the stores the CLI can use.</summary>
internal static class StoreFactory
{
    /// <summary>Opens or creates the embedded SQLite store.</summary>
    public static Task<IGraphStore> OpenSqliteAsync(string path, CancellationToken cancellationToken) =>
        throw new UserException("the embedded store is not available in this build yet");
}
