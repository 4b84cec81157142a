using System.CommandLine;
using System.Globalization;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph papers --mentions X [--mentions Y]</c>: papers mentioning all of them.</summary>
internal static class PapersCommand
{
    public static Command Create(CliContext ctx)
    {
        var mentions = new Option<string[]>("--mentions", "-m") { Description = "An entity the papers must mention; repeat for several (all must be mentioned).", Required = true, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("papers", "The papers that mention every one of the given entities, newest first.") { mentions, db, format };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var keys = new List<string>();
            foreach (var n in parse.GetValue(mentions)!)
            {
                keys.Add((await EntityArgument.ResolveAsync(store, n, ct)).Key);
            }

            var papers = await store.PapersMentioningAsync(keys, ct);
            var writer = new ResultWriter(ctx.Out, parse.GetValue(format));
            if (writer.Format == OutputFormat.Json)
            {
                writer.WriteJson(papers);
                return ExitCodes.Ok;
            }

            writer.Write(new ResultTable($"{papers.Count} paper(s)", ["Title", "Year", "Id", "Url"], papers.Select(p => (IReadOnlyList<string?>)[p.Title, p.Year?.ToString(CultureInfo.InvariantCulture), p.Id, p.Url]).ToList()));
            return ExitCodes.Ok;
        });
        return command;
    }
}
