using System.CommandLine;
using System.Globalization;
using Humanizer;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Cli.Output;
using PaperGraph.Domain;
using PaperGraph.Ingest;
using PaperGraph.Pipeline;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph ingest PATH...</c>: read, extract and store, with progress and a summary.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext ctx)
    {
        var paths = InputOptions.Paths();
        var inputFormat = InputOptions.InputFormat();
        var db = CommonOptions.Db();
        var batch = new Option<int>("--batch-size")
        {
            Description = "Papers per store transaction.",
            DefaultValueFactory = _ => IngestOptions.Default.BatchSize,
        };
        var format = CommonOptions.Format();
        var command = new Command("ingest", "Read abstracts (arXiv JSON/JSONL, OAI-PMH or Atom XML, BibTeX, Hugging Face pages, plain 'Abstract:' text), extract entities and comparison claims, and store them in the embedded graph. Re-ingesting a file changes nothing; new files add only what is new.")
        {
            paths, inputFormat, db, batch, format,
        };
        var target = StoreSelection.Attach(command, db);
        command.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            var problems = new LoggingProblemSink(ctx.Log);
            var papers = PaperInputs.ReadAsync(parse.GetValue(paths)!, InputOptions.Validate(parse.GetValue(inputFormat)), problems, ct);
            await using var store = await target.OpenAsync(parse, ctx, mustExist: false, ct);
            var options = IngestOptions.Default with { BatchSize = Math.Max(1, parse.GetValue(batch)) };
            var pipeline = new IngestPipeline(ctx.CreateExtractor(), store, options);
            var progress = new ProgressLog(ctx);
            var summary = await pipeline.RunAsync(papers, () => problems.Count, progress, ct);
            progress.Finish();
            foreach (var failed in summary.Failures ?? [])
            {
                ctx.Log.Warning("{Source}: paper {Id}: {Failure}", failed.Paper.Source, failed.Paper.Id, failed.Failure);
            }

            Render(ctx, summary, target.Describe(parse), parse.GetValue(format));
            if (summary.PapersRead == 0)
            {
                throw new UserException($"no papers were read ({summary.RecordsSkipped} records skipped); see the messages above");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Render(CliContext ctx, IngestSummary s, string dbPath, OutputFormat format)
    {
        // Thousands separators are for people; tools get plain numbers.
        string N(long n) => n.ToString(format == OutputFormat.Table ? "N0" : "D", CultureInfo.InvariantCulture);
        var rows = new List<IReadOnlyList<string?>>
        {
            new[] { "papers read", N(s.PapersRead) },
            new[] { "papers stored (distinct)", N(s.PapersStored) },
            new[] { "papers new to the store", N(s.PapersNew) },
            new[] { "duplicates in this run", N(s.DuplicatesInRun) },
            new[] { "records skipped", N(s.RecordsSkipped) },
        };
        if (s.Failures is { Count: > 0 } failures)
        {
            rows.Add(["papers with a failed extraction stage (see warnings)", N(failures.Count)]);
        }

        foreach (var type in Enum.GetValues<EntityType>())
        {
            rows.Add([$"entities: {type}", N(s.EntitiesByType.GetValueOrDefault(type))]);
        }

        rows.Add(["proposals", N(s.Proposals)]);
        rows.Add(["comparisons", N(s.Comparisons)]);
        rows.Add(["time", s.Elapsed.Humanize(2)]);
        rows.Add(["papers per second", s.PapersPerSecond.ToString(format == OutputFormat.Table ? "N0" : "F0", CultureInfo.InvariantCulture)]);
        rows.Add(["store", dbPath]);
        new ResultWriter(ctx.Out, format).Write(new ResultTable("Ingest summary", ["What", "Count"], rows));
    }

    private sealed class ProgressLog(CliContext ctx) : IProgress<IngestProgress>
    {
        private readonly ProgressLine _line = new(ctx);

        public void Finish() => _line.Finish();

        public void Report(IngestProgress value)
        {
            var rate = value.Elapsed.TotalSeconds > 0 ? value.PapersRead / value.Elapsed.TotalSeconds : 0;
            _line.Show($"{value.PapersRead.ToString("N0", CultureInfo.InvariantCulture)} papers read, " +
                $"{value.PapersWritten.ToString("N0", CultureInfo.InvariantCulture)} stored, {value.RecordsSkipped} skipped, " +
                $"{rate.ToString("N0", CultureInfo.InvariantCulture)}/s, {value.Elapsed.Humanize(1)}", value.Elapsed);
        }
    }
}
