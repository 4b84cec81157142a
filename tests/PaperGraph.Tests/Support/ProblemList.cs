using PaperGraph.Ingest;

namespace PaperGraph.Tests.Support;

/// <summary>Collects reading problems and opened files for assertions.</summary>
internal sealed class ProblemList : IReadProblemSink
{
    private readonly List<ReadProblem> _items = [];
    private readonly List<InputFile> _files = [];

    public IReadOnlyList<ReadProblem> Items
    {
        get
        {
            lock (_items)
            {
                return [.. _items];
            }
        }
    }

    public IReadOnlyList<ReadProblem> Skips => Items.Where(p => p.IsSkip).ToList();

    public IReadOnlyList<ReadProblem> Warnings => Items.Where(p => p.Kind == ReadProblemKind.Warning).ToList();

    public IReadOnlyList<InputFile> Files
    {
        get
        {
            lock (_files)
            {
                return [.. _files];
            }
        }
    }

    public void FileOpened(InputFile file)
    {
        lock (_files)
        {
            _files.Add(file);
        }
    }

    public void Report(ReadProblem problem)
    {
        lock (_items)
        {
            _items.Add(problem);
        }
    }
}
