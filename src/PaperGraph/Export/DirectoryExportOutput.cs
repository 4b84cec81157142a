using System.Text;

namespace PaperGraph.Export;

/// <summary>Writes each output file into a directory (created if missing), UTF-8 without a byte-order mark.</summary>
public sealed class DirectoryExportOutput : IExportOutput, IAsyncDisposable
{
    private readonly List<StreamWriter> _open = [];

    /// <summary>Creates the output over <paramref name="directory"/>.</summary>
    public DirectoryExportOutput(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The full path of the directory.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public TextWriter Create(string fileName)
    {
        var w = new StreamWriter(Path.Combine(Directory, fileName), append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        _open.Add(w);
        return w;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var w in _open)
        {
            await w.DisposeAsync();
        }

        _open.Clear();
    }
}
