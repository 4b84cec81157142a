using System.Diagnostics;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Neo4j;

/// <summary>Copies every paper with its facts from one store into another, in batches (used by <c>papergraph push</c>).</summary>
public static class GraphPush
{
    /// <summary>Streams <paramref name="source"/> into <paramref name="target"/>, <paramref name="batchSize"/> papers per write.</summary>
    public static async Task<PushSummary> RunAsync(IGraphStore source, IGraphStore target, int batchSize, IProgress<PushSummary>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = Stopwatch.StartNew();
        long papers = 0, fresh = 0, batches = 0;
        var batch = new List<PaperExtraction>(batchSize);
        async Task FlushAsync()
        {
            var result = await target.WriteAsync(batch, cancellationToken);
            papers += result.Papers;
            fresh += result.NewPapers;
            batches++;
            batch.Clear();
            progress?.Report(new PushSummary(papers, fresh, batches, clock.Elapsed));
        }

        await foreach (var x in source.ReadAllAsync(cancellationToken))
        {
            batch.Add(x);
            if (batch.Count >= batchSize)
            {
                await FlushAsync();
            }
        }

        if (batch.Count > 0)
        {
            await FlushAsync();
        }

        return new PushSummary(papers, fresh, batches, clock.Elapsed);
    }
}
