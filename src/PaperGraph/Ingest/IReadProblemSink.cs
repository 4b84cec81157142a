namespace PaperGraph.Ingest;

/// <summary>Receives the records that could not be read, so a run can go on and report them.</summary>
public interface IReadProblemSink
{
    /// <summary>Reports one record that was skipped.</summary>
    void Report(ReadProblem problem);
}
