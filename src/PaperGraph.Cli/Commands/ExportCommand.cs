using System.CommandLine;
using System.Text;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Domain;
using PaperGraph.Export;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph export --format cypher|neo4j-csv|graphml|json|html [-o PATH] [--survey TOPIC]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext ctx)
    {
        var db = CommonOptions.Db();
        var format = new Option<string>("--format", "-f")
        {
            Description = "cypher (a cypher-shell script), neo4j-csv (files for neo4j-admin import), graphml, json or html (a self-contained interactive page).",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. GraphExporters.Formats]);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write (a directory for neo4j-csv, default 'neo4j-import'); standard output when omitted.",
            HelpName = "PATH",
        };
        var survey = new Option<string?>("--survey") { Description = "Export only the papers a survey of this topic selects.", HelpName = "TOPIC" };
        var maxNodes = new Option<int>("--max-nodes") { Description = "html only: the most nodes drawn (the most connected are kept).", DefaultValueFactory = _ => 1500, HelpName = "N" };
        var command = new Command("export", "Export the graph (the whole store, or a survey's scope) for Neo4j, Gephi, yEd, NetworkX or a browser.")
        {
            db, format, output, survey, maxNodes,
        };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await target.OpenAsync(parse, ctx, mustExist: true, ct);
            var name = parse.GetValue(format)!;
            var topic = parse.GetValue(survey);
            var exporter = name == "html"
                ? new HtmlGraphExporter(Math.Max(1, parse.GetValue(maxNodes)), topic ?? "all papers")
                : GraphExporters.Create(name)!;

            IAsyncEnumerable<PaperExtraction> papers;
            if (topic is not null)
            {
                var scope = await SurveyCommand.SelectAsync(store, topic, ct);
                if (scope.Extractions.Count == 0)
                {
                    await ctx.Error.WriteLineAsync($"no papers match '{topic}': nothing to export");
                    return ExitCodes.NotFound;
                }

                ctx.Log.Information("exporting the scope of '{Topic}': {Selection}", topic, scope.Selection);
                papers = scope.Extractions.ToAsyncEnumerable();
            }
            else
            {
                papers = store.ReadAllAsync(ct);
            }

            var path = parse.GetValue(output);
            ExportCounts counts;
            if (exporter.WritesDirectory)
            {
                await using var dir = new DirectoryExportOutput(path ?? "neo4j-import");
                counts = await exporter.ExportAsync(papers, dir, ct);
                path = dir.Directory;
            }
            else if (path is not null)
            {
                await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
                counts = await exporter.ExportAsync(papers, new SingleWriterExportOutput(file), ct);
            }
            else
            {
                counts = await exporter.ExportAsync(papers, new SingleWriterExportOutput(ctx.Out), ct);
            }

            ctx.Log.Information("exported {Nodes} nodes and {Relationships} relationships as {Format}{Target}", counts.Nodes, counts.Relationships, name, path is null ? "" : $" to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
