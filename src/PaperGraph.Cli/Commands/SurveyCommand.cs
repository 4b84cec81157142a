using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;
using PaperGraph.Sqlite;
using PaperGraph.Survey;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph survey TOPIC [-o plan.md] [--format markdown|json]</c>: a survey plan computed from the graph.</summary>
internal static class SurveyCommand
{
    public static Command Create(CliContext ctx)
    {
        var topic = new Argument<string>("TOPIC") { Description = "A task (pruning), an entity (LLaMA-7B) or free text matched against titles and abstracts." };
        var db = CommonOptions.Db();
        var output = new Option<string?>("--output", "-o") { Description = "Write the plan here instead of standard output.", HelpName = "FILE" };
        var format = new Option<string>("--format", "-f") { Description = "markdown (default) or json.", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var command = new Command(
            "survey",
            "Plan a survey of TOPIC from the graph: scope, taxonomy, standard baselines, leaders, comparison matrix, " +
            "contradictions, gaps, datasets and metrics, and a reading list ordered by centrality.")
        {
            topic, db, output, format,
        };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var scope = await SelectAsync(store, parse.GetValue(topic)!, ct);
            if (scope.Graph.Papers.Count == 0)
            {
                var hint = scope.Suggestions.Count > 0 ? $"; close names: {string.Join(", ", scope.Suggestions.Select(s => s.Name))}" : "";
                await ctx.Error.WriteLineAsync($"no papers match '{scope.Query}'{hint}");
                return ExitCodes.NotFound;
            }

            var plan = SurveyPlanner.Plan(scope.Graph, scope.Query, scope.Selection, scope.Topic);
            var text = parse.GetValue(format) == "json" ? SurveyJson.Write(plan) + "\n" : MarkdownSurveyWriter.Write(plan);
            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, text, ct);
                ctx.Log.Information("survey plan for '{Topic}' over {Papers} papers written to {Path}", scope.Query, plan.Scope.Papers, path);
            }
            else
            {
                await ctx.Out.WriteAsync(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Selects a scope, using the store's full-text index when it has one.</summary>
    public static Task<SurveyScope> SelectAsync(IGraphStore store, string topic, CancellationToken cancellationToken)
    {
        PaperTextSearch? search = store is SqliteGraphStore sqlite
            ? (text, limit, ct) => sqlite.SearchPapersAsync(Fts5Phrase(text), limit, ct)
            : null;
        return ScopeSelector.SelectAsync(store, topic, search, cancellationToken);
    }

    // The user's words as one FTS5 phrase, so that hyphens and operators in names ("LLaMA-7B", "AND") are plain text.
    private static string Fts5Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
