using PaperGraph.Ingest;

namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>Counts read problems (the seed files have a few quirky records) without failing the ingest.</summary>
internal sealed class IgnoredProblems : IReadProblemSink
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Report(ReadProblem problem) => Interlocked.Increment(ref _count);
}
