using PaperGraph.Export;

namespace PaperGraph.Tests.Export;

/// <summary>Collects exported files in memory.</summary>
internal sealed class MemoryExportOutput : IExportOutput
{
    private readonly Dictionary<string, StringWriter> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Files => _files.ToDictionary(x => x.Key, x => x.Value.ToString(), StringComparer.Ordinal);

    public TextWriter Create(string fileName)
    {
        var w = new StringWriter();
        _files.Add(fileName, w);
        return w;
    }

    public static async Task<(ExportCounts Counts, IReadOnlyDictionary<string, string> Files)> RunAsync(IGraphExporter exporter, IEnumerable<PaperGraph.Domain.PaperExtraction> papers)
    {
        var output = new MemoryExportOutput();
        var counts = await exporter.ExportAsync(papers.ToAsyncEnumerable(), output, CancellationToken.None);
        return (counts, output.Files);
    }
}
