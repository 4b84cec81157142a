using System.CommandLine;
using System.Globalization;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Evaluation;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph eval --gold FILE</c>: precision, recall and F1 against hand annotations.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext ctx)
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold JSONL file (each line: id, title, abstract, entities, proposes, comparisons).",
            Required = true,
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var errors = new Option<bool>("--errors") { Description = "Also list every false positive (FP) and false negative (FN)." };
        var only = new Option<string?>("--category") { Description = "With --errors: only this category (Model, Method, …, Proposes, Comparisons).", HelpName = "NAME" };
        var command = new Command("eval", "Run the extractor on a gold file's papers and score it: precision, recall and F1 per entity type, all entities typed and untyped, proposes and comparisons.")
        {
            gold, json, errors, only,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                throw new UserException($"gold file not found: {path}", ExitCodes.Usage);
            }

            IReadOnlyList<GoldPaper> papers;
            try
            {
                papers = await GoldFile.ReadAsync(path, ct);
            }
            catch (FormatException ex)
            {
                throw new UserException(ex.Message);
            }

            var report = GoldEvaluator.Evaluate(papers, ctx.CreateExtractor());
            var filter = parse.GetValue(only);
            var shownErrors = parse.GetValue(errors)
                ? report.Errors.Where(e => filter is null || string.Equals(e.Category, filter, StringComparison.OrdinalIgnoreCase)).ToList()
                : [];
            if (parse.GetValue(json))
            {
                new ResultWriter(ctx.Out, OutputFormat.Json).WriteJson(new
                {
                    papers = report.Papers,
                    scores = report.Scores.Select(s => new { s.Category, s.Gold, s.Predicted, s.TruePositives, s.Precision, s.Recall, s.F1 }),
                    errors = shownErrors,
                });
                return ExitCodes.Ok;
            }

            var writer = new ResultWriter(ctx.Out, OutputFormat.Table);
            writer.Write(new ResultTable(
                $"{report.Papers} gold papers: {path}",
                ["Category", "Gold", "Predicted", "Matched", "Precision", "Recall", "F1"],
                report.Scores.Select(s => (IReadOnlyList<string?>)
                [
                    s.Category, s.Gold.ToString(CultureInfo.InvariantCulture), s.Predicted.ToString(CultureInfo.InvariantCulture),
                    s.TruePositives.ToString(CultureInfo.InvariantCulture), Percent.Ratio(s.Precision), Percent.Ratio(s.Recall), Percent.Ratio(s.F1),
                ]).ToList()));
            if (shownErrors.Count > 0)
            {
                writer.Write(new ResultTable(
                    "Errors",
                    ["Paper", "Category", "Kind", "Item"],
                    shownErrors.Select(e => (IReadOnlyList<string?>)[e.PaperId, e.Category, e.Kind, e.Item]).ToList()));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
