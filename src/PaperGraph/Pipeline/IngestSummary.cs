using PaperGraph.Domain;

namespace PaperGraph.Pipeline;

/// <summary>What an ingest run did.</summary>
/// <param name="PapersRead">Records read as papers (duplicates included).</param>
/// <param name="DuplicatesInRun">Papers seen more than once in this run (stored once).</param>
/// <param name="PapersNew">Papers the store did not hold before.</param>
/// <param name="RecordsSkipped">Records that could not be read.</param>
/// <param name="EntitiesByType">Distinct entities found in this run, per type.</param>
/// <param name="Comparisons">Comparison claims found.</param>
/// <param name="Proposals">Proposed entities found.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
/// <param name="Failures">Papers stored with a failed extraction stage, each with what failed (see <see cref="PaperExtraction.Failure"/>).</param>
public sealed record IngestSummary(
    long PapersRead,
    long DuplicatesInRun,
    long PapersNew,
    long RecordsSkipped,
    IReadOnlyDictionary<EntityType, long> EntitiesByType,
    long Comparisons,
    long Proposals,
    TimeSpan Elapsed,
    IReadOnlyList<PaperExtraction>? Failures = null)
{
    /// <summary>Distinct papers stored by this run.</summary>
    public long PapersStored => PapersRead - DuplicatesInRun;

    /// <summary>Papers per second over the whole run.</summary>
    public double PapersPerSecond => Elapsed.TotalSeconds > 0 ? PapersRead / Elapsed.TotalSeconds : 0;
}
