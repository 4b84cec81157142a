using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Domain;
using PaperGraph.Ingest;
using PaperGraph.Output;

namespace PaperGraph.Cli.Commands;

/// <summary><c>papergraph extract PATH... [-o FILE]</c>: extraction without a store, as JSON Lines.</summary>
internal static class ExtractCommand
{
    private const int ChunkSize = 1024;

    public static Command Create(CliContext ctx)
    {
        var paths = InputOptions.Paths();
        var inputFormat = InputOptions.InputFormat();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write JSON Lines here instead of standard output.",
            HelpName = "FILE",
        };
        var command = new Command("extract", "Extract entities, proposals and comparisons without a store; writes one JSON object per paper (the gold guideline's format plus tracing fields: keys, origins, model structure, spans, qualifiers).")
        {
            paths, inputFormat, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var problems = new LoggingProblemSink(ctx.Log);
            var extractor = ctx.CreateExtractor();
            var outPath = parse.GetValue(output);
            await using var stream = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
            await using var buffered = new BufferedStream(stream, 1 << 16);
            using var writer = new ExtractionJsonWriter(buffered);
            var chunk = new List<Paper>(ChunkSize);
            long count = 0, failures = 0;
            await foreach (var paper in PaperInputs.ReadAsync(parse.GetValue(paths)!, InputOptions.Validate(parse.GetValue(inputFormat)), problems, ct))
            {
                chunk.Add(paper);
                if (chunk.Count == ChunkSize)
                {
                    count += Flush(chunk, extractor, writer, ctx, ref failures);
                }
            }

            count += Flush(chunk, extractor, writer, ctx, ref failures);
            await buffered.FlushAsync(ct);
            ctx.Log.Information("extracted {Count} papers, {Skipped} records skipped{Failed}{Target}", count, problems.Count,
                failures > 0 ? $", {failures} with a failed extraction stage (see the warnings above)" : "", outPath is null ? "" : $", written to {outPath}");
            return count == 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    // Extraction is CPU-bound and pure: a chunk runs in parallel, output keeps input order.
    private static int Flush(List<Paper> chunk, Extraction.IPaperExtractor extractor, ExtractionJsonWriter writer, CliContext ctx, ref long failures)
    {
        var results = chunk.AsParallel().AsOrdered().Select(extractor.Extract).ToList();
        foreach (var r in results)
        {
            if (r.Failure is not null)
            {
                failures++;
                ctx.Log.Warning("{Source}: paper {Id}: {Failure}", r.Paper.Source, r.Paper.Id, r.Failure);
            }

            writer.Write(r);
        }

        chunk.Clear();
        return results.Count;
    }
}
