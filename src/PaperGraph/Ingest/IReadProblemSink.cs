namespace PaperGraph.Ingest;

/// <summary>Receives the records and files that could not be read, so a run can go on and report them.</summary>
public interface IReadProblemSink
{
    /// <summary>Reports one problem: a skipped record or file, a warning, or an informational note (see <see cref="ReadProblem.Kind"/>).</summary>
    void Report(ReadProblem problem);

    /// <summary>Called once for each file that is opened for reading, before its first paper. Does nothing unless overridden.</summary>
    void FileOpened(InputFile file)
    {
    }
}
