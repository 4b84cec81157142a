using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>Writes the graph of a set of papers in one format, streaming paper by paper where the format allows.</summary>
public interface IGraphExporter
{
    /// <summary>The format's name on the command line.</summary>
    string Format { get; }

    /// <summary>True when the format writes several files (it needs a directory).</summary>
    bool WritesDirectory { get; }

    /// <summary>The file name used when writing into a directory.</summary>
    string DefaultFileName { get; }

    /// <summary>Exports <paramref name="papers"/> to <paramref name="output"/>.</summary>
    Task<ExportCounts> ExportAsync(IAsyncEnumerable<PaperExtraction> papers, IExportOutput output, CancellationToken cancellationToken);
}
