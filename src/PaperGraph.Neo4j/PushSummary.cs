namespace PaperGraph.Neo4j;

/// <summary>What a push did (also reported as progress while it runs).</summary>
/// <param name="Papers">Papers written.</param>
/// <param name="NewPapers">Papers the target did not hold before.</param>
/// <param name="Batches">Batches (transactions) written.</param>
/// <param name="Elapsed">Time since the push started.</param>
public sealed record PushSummary(long Papers, long NewPapers, long Batches, TimeSpan Elapsed);
