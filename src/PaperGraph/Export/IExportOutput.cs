namespace PaperGraph.Export;

/// <summary>Where an exporter writes its file or files.</summary>
public interface IExportOutput
{
    /// <summary>Opens a writer for one output file; the output owns and disposes it.</summary>
    TextWriter Create(string fileName);
}
