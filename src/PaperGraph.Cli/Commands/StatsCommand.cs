using System.CommandLine;
using System.Globalization;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph stats</c>: counts per type, most compared-against and most winning entities.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("stats", "Counts in the store: papers, entities per type, mentions, proposals, comparisons; the most compared-against and most winning entities.")
        {
            db, format,
        };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var stats = await store.GetStatsAsync(ct);
            var writer = new ResultWriter(ctx.Out, parse.GetValue(format));
            if (writer.Format == OutputFormat.Json)
            {
                writer.WriteJson(stats);
                return ExitCodes.Ok;
            }

            var counts = new List<IReadOnlyList<string?>> { new[] { "papers", N(stats.Papers) } };
            foreach (var type in Enum.GetValues<EntityType>())
            {
                counts.Add([$"entities: {type}", N(stats.EntitiesByType.GetValueOrDefault(type))]);
            }

            counts.Add(["mentions", N(stats.Mentions)]);
            counts.Add(["proposals", N(stats.Proposals)]);
            counts.Add(["comparisons", N(stats.Comparisons)]);
            writer.Write(new ResultTable("Store", ["What", "Count"], counts));
            writer.Write(Ranking("Most compared against", stats.MostComparedAgainst));
            writer.Write(Ranking("Most winning", stats.MostWinning));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ResultTable Ranking(string title, IReadOnlyList<RankedEntity> rows) =>
        new(title, ["Entity", "Type", "Count"], rows.Select(r => (IReadOnlyList<string?>)[r.Entity.Name, r.Entity.Type.ToString(), N(r.Count)]).ToList());

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
