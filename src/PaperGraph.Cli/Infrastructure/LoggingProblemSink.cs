using PaperGraph.Ingest;
using Serilog;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Logs each skipped record as a warning naming file and line, and counts them for the summary.</summary>
internal sealed class LoggingProblemSink(ILogger log, int maxLogged = 50) : IReadProblemSink
{
    private long _count;

    /// <summary>Records and files skipped so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <inheritdoc />
    public void FileOpened(InputFile file)
    {
        log.Debug("reading {File} as {Format}", file.Path, file.Format);
    }

    /// <inheritdoc />
    public void Report(ReadProblem problem)
    {
        switch (problem.Kind)
        {
            case ReadProblemKind.Info:
                log.Debug("{Problem}", problem.ToString());
                return;
            case ReadProblemKind.Warning:
                log.Warning("{Problem}", problem.ToString());
                return;
        }

        var n = Interlocked.Increment(ref _count);
        if (n <= maxLogged)
        {
            log.Warning("skipped {Problem}", problem.ToString());
        }
        else if (n == maxLogged + 1)
        {
            log.Warning("more records skipped; the summary gives the total (use --verbose to list them all)");
        }
        else
        {
            log.Debug("skipped {Problem}", problem.ToString());
        }
    }
}
