namespace PaperGraph.Pipeline;

/// <summary>A snapshot of a running ingest, for progress display.</summary>
/// <param name="PapersRead">Papers read so far.</param>
/// <param name="PapersWritten">Papers written to the store so far.</param>
/// <param name="RecordsSkipped">Records skipped so far.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct IngestProgress(long PapersRead, long PapersWritten, long RecordsSkipped, TimeSpan Elapsed);
