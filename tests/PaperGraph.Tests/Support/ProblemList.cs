using PaperGraph.Ingest;

namespace PaperGraph.Tests.Support;

/// <summary>Collects reading problems for assertions.</summary>
internal sealed class ProblemList : IReadProblemSink
{
    private readonly List<ReadProblem> _items = [];

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

    public void Report(ReadProblem problem)
    {
        lock (_items)
        {
            _items.Add(problem);
        }
    }
}
