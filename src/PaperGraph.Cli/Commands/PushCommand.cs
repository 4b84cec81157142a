using System.CommandLine;
using System.Globalization;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Neo4j;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph push</c>: copies the embedded store into Neo4j, in batches, idempotently.</summary>
internal static class PushCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Papers per Neo4j transaction (halved automatically when the server runs out of transaction memory).",
            DefaultValueFactory = _ => 500,
        };
        var format = CommonOptions.Format();
        var command = new Command(
            "push",
            "Copy the embedded store into Neo4j (for Bloom and Cypher): papers, entities, mentions, proposals and comparison claims, " +
            "with constraints and indexes created first. Pushing again leaves the same graph.")
        {
            db, batch, format,
        };
        var neo4j = Neo4jOptions.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var batchSize = parse.GetValue(batch);
            if (batchSize < 1)
            {
                throw new UserException("--batch-size must be at least 1", ExitCodes.Usage);
            }

            var dbPath = CommonOptions.ExistingDb(parse.GetValue(db)!);
            await using var source = await ctx.OpenStore(dbPath, ct);
            await using var target = await neo4j.OpenStoreAsync(parse, ctx, ct);
            var progress = new Progress(ctx);
            PushSummary summary;
            try
            {
                summary = await GraphPush.RunAsync(source, target, batchSize, progress, ct);
            }
            catch (Neo4jException ex)
            {
                throw new UserException(ex.Message);
            }

            progress.Finish();
            Render(ctx, summary, target, parse.GetValue(format));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(CliContext ctx, PushSummary s, Neo4jGraphStore target, OutputFormat format)
    {
        var rate = s.Elapsed.TotalSeconds > 0 ? s.Papers / s.Elapsed.TotalSeconds : 0;
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "papers pushed", N(s.Papers) },
            new[] { "papers new to Neo4j", N(s.NewPapers) },
            new[] { "transactions", N(s.Batches) },
            new[] { "statements", N(target.StatementsSent) },
            new[] { "batches halved (memory)", N(target.BatchSplits) },
            new[] { "time", s.Elapsed.Humanize(2) },
            new[] { "papers per second", rate.ToString("N0", CultureInfo.InvariantCulture) },
            new[] { "target", target.Settings.ToString() },
        };
        new ResultWriter(ctx.Out, format).Write(new ResultTable("Push summary", ["What", "Count"], rows));
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private sealed class Progress(CliContext ctx) : IProgress<PushSummary>
    {
        private readonly ProgressLine _line = new(ctx);

        public void Finish() => _line.Finish();

        public void Report(PushSummary value)
        {
            _line.Show($"{value.Papers.ToString("N0", CultureInfo.InvariantCulture)} papers pushed in {value.Batches} transactions, {value.Elapsed.Humanize(1)}", value.Elapsed);
        }
    }
}
