namespace PaperGraph.Pipeline;

/// <summary>Tuning for <see cref="IngestPipeline"/>.</summary>
/// <param name="BatchSize">Papers per store transaction.</param>
/// <param name="ExtractionWorkers">Parallel extraction workers (default: one per core).</param>
/// <param name="ProgressInterval">How often progress is reported.</param>
public sealed record IngestOptions(int BatchSize, int ExtractionWorkers, TimeSpan ProgressInterval)
{
    /// <summary>2,000 papers a batch, one worker per core, progress twice a second.</summary>
    public static IngestOptions Default { get; } = new(2000, Environment.ProcessorCount, TimeSpan.FromMilliseconds(500));
}
