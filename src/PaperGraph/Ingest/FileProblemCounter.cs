namespace PaperGraph.Ingest;

/// <summary>Passes problems on and counts the skips of one file, so a file that gave nothing can say why.</summary>
internal sealed class FileProblemCounter(IReadProblemSink inner) : IReadProblemSink
{
    /// <summary>Records or files skipped so far.</summary>
    public int Skips { get; private set; }

    public void Report(ReadProblem problem)
    {
        if (problem.IsSkip)
        {
            Skips++;
        }

        inner.Report(problem);
    }

    public void FileOpened(InputFile file) => inner.FileOpened(file);
}
