namespace PaperGraph.Export;

/// <summary>Sends a one-file format to a writer the caller owns (a file given with -o, or standard output).</summary>
public sealed class SingleWriterExportOutput(TextWriter writer) : IExportOutput
{
    private bool _used;

    /// <inheritdoc />
    public TextWriter Create(string fileName)
    {
        if (_used)
        {
            throw new InvalidOperationException($"this format writes several files ('{fileName}' is the second): give an output directory");
        }

        _used = true;
        return writer;
    }
}
