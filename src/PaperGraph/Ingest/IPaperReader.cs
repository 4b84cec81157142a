using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>Reads papers from one input format, streaming. A new format is a new implementation of this.</summary>
public interface IPaperReader
{
    /// <summary>The format's name as given to <c>--input-format</c> (for example "jsonl", "oai", "atom").</summary>
    string Format { get; }

    /// <summary>How confident the reader is that a file starting with <paramref name="head"/> is its format: 0 (no) to 100.</summary>
    int Sniff(string head);

    /// <summary>
    /// Reads papers from <paramref name="input"/> (already decompressed and decoded); records that cannot
    /// be read are reported to <paramref name="problems"/> and skipped.
    /// </summary>
    IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, CancellationToken cancellationToken);
}
