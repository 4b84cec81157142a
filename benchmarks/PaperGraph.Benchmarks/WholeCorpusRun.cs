using System.Diagnostics;
using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Benchmarks;

/// <summary>
/// Extraction alone over the whole scale corpus on every core: papers are loaded into memory first so
/// the figure is extraction throughput, not gzip or JSON.
/// </summary>
internal static class WholeCorpusRun
{
    public static void Run()
    {
        var load = Stopwatch.StartNew();
        var papers = CorpusSample.Load().ToArray();
        Console.WriteLine($"loaded {papers.Length:N0} papers in {load.Elapsed.TotalSeconds:F1} s");
        var extractor = DefaultExtractor.Create();

        // Warm up so tiering and the lexicon load are not in the measurement.
        foreach (var p in papers.AsSpan(0, Math.Min(2000, papers.Length)))
        {
            extractor.Extract(p);
        }

        for (var round = 1; round <= 3; round++)
        {
            long entities = 0, claims = 0;
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, papers.Length, 512),
                () => (E: 0L, C: 0L),
                (range, _, acc) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        var x = extractor.Extract(papers[i]);
                        acc.E += x.Entities.Count;
                        acc.C += x.Comparisons.Count;
                    }

                    return acc;
                },
                acc =>
                {
                    Interlocked.Add(ref entities, acc.E);
                    Interlocked.Add(ref claims, acc.C);
                });
            var s = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"round {round}: {papers.Length:N0} papers in {s:F2} s = {papers.Length / s:N0} papers/s on {Environment.ProcessorCount} cores; {entities:N0} entities, {claims:N0} comparisons");
        }
    }
}
