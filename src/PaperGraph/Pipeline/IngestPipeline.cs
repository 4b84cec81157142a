using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using PaperGraph.Domain;
using PaperGraph.Extraction;
using PaperGraph.Graph;

namespace PaperGraph.Pipeline;

/// <summary>
/// Read → extract → store, with the stages overlapped: one reader, one extraction worker per core,
/// and one writer that commits batches in transactions. Bounded channels keep memory flat whatever
/// the corpus size. Within a run a paper id seen twice is extracted and written once.
/// </summary>
public sealed class IngestPipeline(IPaperExtractor extractor, IGraphStore store, IngestOptions options)
{
    /// <summary>Runs the pipeline over <paramref name="papers"/>.</summary>
    /// <param name="papers">The papers to ingest, streamed.</param>
    /// <param name="skippedRecords">Reports how many records the readers skipped so far.</param>
    /// <param name="progress">Receives progress snapshots (may be null).</param>
    /// <param name="cancellationToken">Stops the run; what was committed stays committed.</param>
    public async Task<IngestSummary> RunAsync(
        IAsyncEnumerable<Paper> papers,
        Func<long> skippedRecords,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(papers);
        ArgumentNullException.ThrowIfNull(skippedRecords);
        var clock = Stopwatch.StartNew();
        var toExtract = Channel.CreateBounded<Paper>(new BoundedChannelOptions(options.BatchSize * 2) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<PaperExtraction>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ct = linked.Token;

        long read = 0, duplicates = 0, written = 0, newPapers = 0, comparisons = 0, proposals = 0;
        var entityKeys = new ConcurrentDictionary<string, EntityType>(StringComparer.Ordinal);
        var failures = new List<PaperExtraction>();

        var reader = Task.Run(
            async () =>
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                try
                {
                    await foreach (var paper in papers.WithCancellation(ct))
                    {
                        read++;
                        if (!seen.Add(paper.Id))
                        {
                            duplicates++;
                            continue;
                        }

                        await toExtract.Writer.WriteAsync(paper, ct);
                    }
                }
                finally
                {
                    toExtract.Writer.TryComplete();
                }
            },
            ct);

        var workers = Enumerable.Range(0, Math.Max(1, options.ExtractionWorkers)).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var paper in toExtract.Reader.ReadAllAsync(ct))
                {
                    var extraction = extractor.Extract(paper);
                    await toWrite.Writer.WriteAsync(extraction, ct);
                }
            },
            ct)).ToArray();

        var closer = Task.WhenAll(workers).ContinueWith(
            t => toWrite.Writer.TryComplete(t.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        var writer = Task.Run(
            async () =>
            {
                var batch = new List<PaperExtraction>(options.BatchSize);
                var lastReport = TimeSpan.Zero;
                await foreach (var extraction in toWrite.Reader.ReadAllAsync(ct))
                {
                    batch.Add(extraction);
                    if (extraction.Failure is not null)
                    {
                        failures.Add(extraction);
                    }

                    comparisons += extraction.Comparisons.Count;
                    proposals += extraction.Proposes.Count;
                    foreach (var e in extraction.Entities)
                    {
                        entityKeys.TryAdd(e.Key, e.Type);
                    }

                    if (batch.Count >= options.BatchSize)
                    {
                        newPapers += (await store.WriteAsync(batch, ct)).NewPapers;
                        written += batch.Count;
                        batch.Clear();
                    }

                    if (progress is not null && clock.Elapsed - lastReport > options.ProgressInterval)
                    {
                        lastReport = clock.Elapsed;
                        progress.Report(new IngestProgress(Interlocked.Read(ref read), written, skippedRecords(), clock.Elapsed));
                    }
                }

                if (batch.Count > 0)
                {
                    newPapers += (await store.WriteAsync(batch, ct)).NewPapers;
                    written += batch.Count;
                }
            },
            ct);

        try
        {
            await Task.WhenAll(reader, writer, closer);
        }
        catch
        {
            await linked.CancelAsync();
            throw;
        }

        progress?.Report(new IngestProgress(read, written, skippedRecords(), clock.Elapsed));
        var byType = entityKeys.Values.GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count());
        return new IngestSummary(read, duplicates, newPapers, skippedRecords(), byType, comparisons, proposals, clock.Elapsed, failures);
    }
}
