using System.CommandLine;
using System.Globalization;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph show X</c>: the entity card.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext ctx)
    {
        var name = EntityArgument.Create("NAME", "The entity, by any of its names.");
        var db = CommonOptions.Db();
        var format = CommonOptions.Format();
        var command = new Command("show", "The entity card: type, aliases, family and size, where it came from (lexicon or discovery rule), papers proposing and mentioning it, its wins and losses, and the datasets and metrics it appears with.") { name, db, format };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var entity = await EntityArgument.ResolveAsync(store, parse.GetValue(name)!, ct);
            var card = await store.GetEntityCardAsync(entity.Key, ct) ?? throw new UserException($"'{entity.Name}' vanished from the store while reading it");
            var writer = new ResultWriter(ctx.Out, parse.GetValue(format));
            if (writer.Format == OutputFormat.Json)
            {
                writer.WriteJson(card);
                return ExitCodes.Ok;
            }

            var m = card.Model;
            writer.Write(new ResultTable(
                $"{card.Entity.Name} ({card.Entity.Type})",
                ["Field", "Value"],
                [
                    ["key", card.Entity.Key],
                    ["aliases", string.Join(", ", card.Aliases)],
                    ["origin", card.Origin],
                    ["family", m?.Family],
                    ["version", m?.Version],
                    ["size", m?.Size],
                    ["parameters", m?.Parameters?.ToString("N0", CultureInfo.InvariantCulture)],
                    ["variants", string.Join(", ", card.Variants.Select(v => v.Name))],
                    ["papers mentioning", card.PaperCount.ToString(CultureInfo.InvariantCulture)],
                    ["proposed by", string.Join("; ", card.ProposedBy.Select(Paper))],
                    ["datasets", string.Join(", ", card.Datasets.Select(d => $"{d.Entity.Name} ({d.Count})"))],
                    ["metrics", string.Join(", ", card.Metrics.Select(d => $"{d.Entity.Name} ({d.Count})"))],
                ]));
            if (card.Wins.Count > 0)
            {
                writer.Write(ClaimRendering.Claims("Claims where it is the subject", card.Wins));
            }

            if (card.Losses.Count > 0)
            {
                writer.Write(ClaimRendering.Claims("Outperformed by", card.Losses));
            }

            writer.Write(new ResultTable("Mentioned in (most mentions first)", ["Paper", "Year", "Id"], card.MentionedIn.Select(p => (IReadOnlyList<string?>)[p.Title, p.Year?.ToString(CultureInfo.InvariantCulture), p.Id]).ToList()));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Paper(PaperSummary p) => $"{p.Title ?? p.Id}{(p.Year is { } y ? $" ({y})" : "")}";
}
