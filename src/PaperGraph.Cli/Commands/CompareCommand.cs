using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Domain;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph compare X Y</c>: every claim between two entities, contradictions flagged.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext ctx)
    {
        var a = EntityArgument.Create("X", "The first entity.");
        var b = EntityArgument.Create("Y", "The second entity.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("compare", "Every claim between X and Y in both directions; claims that contradict each other (one paper says X > Y, another Y > X) are flagged.") { a, b, db, format };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var x = await EntityArgument.ResolveAsync(store, parse.GetValue(a)!, ct);
            var y = await EntityArgument.ResolveAsync(store, parse.GetValue(b)!, ct);
            var claims = await store.CompareAsync(x.Key, y.Key, ct);
            var wins = claims.Where(c => c.Outcome == ComparisonOutcome.Outperforms && !c.Hedged).ToList();
            var contradiction = wins.Any(c => c.Subject.Key == x.Key) && wins.Any(c => c.Subject.Key == y.Key);
            var contradicted = contradiction ? wins.Select(c => c.Paper.Id).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();
            var writer = new ResultWriter(ctx.Out, parse.GetValue(format));
            if (writer.Format == OutputFormat.Json)
            {
                writer.WriteJson(new { x, y, contradiction, claims });
                return ExitCodes.Ok;
            }

            writer.Write(ClaimRendering.Claims($"{x.Name} vs {y.Name}: {claims.Count} claim(s){(contradiction ? ", CONTRADICTORY" : "")}", claims, contradicted));
            return ExitCodes.Ok;
        });
        return command;
    }
}
