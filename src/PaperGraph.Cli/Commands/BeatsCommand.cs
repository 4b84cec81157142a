using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph beats X</c> and <c>papergraph beaten-by X</c>: who outperforms X, and whom X outperforms.</summary>
internal static class BeatsCommand
{
    public static Command Create(CliContext ctx, bool beatenBy)
    {
        var name = EntityArgument.Create("NAME", "The entity, by any of its names (case- and hyphen-insensitive: \"llama 7b\" finds LLaMA-7B).");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var type = ClaimOptions.Type();
        var minPapers = ClaimOptions.MinPapers();
        var limit = ClaimOptions.Limit();
        var transitive = new Option<bool>("--transitive") { Description = "List chains A > B > NAME, with every hop's evidence." };
        var depth = new Option<int>("--depth") { Description = "With --transitive: the longest chain, in hops.", DefaultValueFactory = _ => 3 };
        var command = beatenBy
            ? new Command("beaten-by", "What NAME outperforms: losers, how many papers say so, the best margin and the evidence sentences.") { name, db, format, type, minPapers, limit }
            : new Command("beats", "What outperforms NAME: winners, how many papers say so, the best margin and the evidence sentences with paper titles.") { name, db, format, type, minPapers, limit, transitive, depth };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var entity = await EntityArgument.ResolveAsync(store, parse.GetValue(name)!, ct);
            var query = new ClaimQuery(parse.GetValue(type), parse.GetValue(minPapers), parse.GetValue(limit));
            var writer = new ResultWriter(ctx.Out, parse.GetValue(format));
            if (!beatenBy && parse.GetValue(transitive))
            {
                var chains = await store.TransitiveBeatsAsync(entity.Key, Math.Clamp(parse.GetValue(depth), 1, 6), query, ct);
                if (writer.Format == OutputFormat.Json)
                {
                    writer.WriteJson(new { entity, chains });
                    return ExitCodes.Ok;
                }

                writer.Write(new ResultTable(
                    $"Chains ending at {entity.Name} ({entity.Type})",
                    ["Chain", "Evidence per hop"],
                    chains.Select(c => (IReadOnlyList<string?>)
                    [
                        string.Join(" > ", c.Hops.Select(h => h.Subject.Name).Append(entity.Name)),
                        string.Join(" | ", c.Hops.Select(h => $"{h.Subject.Name} > {h.Object.Name}: {ClaimRendering.Evidence(h)}")),
                    ]).ToList()));
                return ExitCodes.Ok;
            }

            var rows = beatenBy ? await store.BeatenByAsync(entity.Key, query, ct) : await store.BeatsAsync(entity.Key, query, ct);
            if (writer.Format == OutputFormat.Json)
            {
                writer.WriteJson(new { entity, rows });
                return ExitCodes.Ok;
            }

            writer.Write(ClaimRendering.Summaries(
                beatenBy ? $"What {entity.Name} ({entity.Type}) outperforms" : $"What outperforms {entity.Name} ({entity.Type})",
                beatenBy ? "Outperformed" : "Winner",
                rows));
            return ExitCodes.Ok;
        });
        return command;
    }
}
