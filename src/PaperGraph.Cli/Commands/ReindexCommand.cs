using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Pipeline;
using PaperGraph.Sqlite;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph reindex</c>: re-extract the stored abstracts with this version's extractor.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("reindex", "Re-run extraction over the abstracts already in the store (after upgrading PaperGraph), without re-reading the inputs. Entities no paper mentions any more are removed.") { db, format };
        command.SetAction(async (parse, ct) =>
        {
            var path = CommonOptions.ExistingDb(parse.GetValue(db)!);
            await using var reader = await SqliteGraphStore.OpenAsync(path, ct);
            await using var writer = await ctx.OpenStore(path, ct);

            // Papers are read through one connection and rewritten through another: WAL lets both proceed.
            var summary = await new IngestPipeline(ctx.CreateExtractor(), writer, IngestOptions.Default).RunAsync(reader.ReadPapersAsync(ct), () => 0, null, ct);
            var removed = writer is SqliteGraphStore sqlite ? await sqlite.RemoveOrphanEntitiesAsync(ct) : 0;
            IngestCommand.Render(ctx, summary, path, parse.GetValue(format));
            ctx.Log.Information("{Removed} entities no longer mentioned were removed", removed);
            return ExitCodes.Ok;
        });
        return command;
    }
}
