namespace PaperGraph.Cli.Infrastructure;

/// <summary>Process exit codes, documented in README.</summary>
internal static class ExitCodes
{
    /// <summary>Success (records that could not be read are reported in the summary, not here).</summary>
    public const int Ok = 0;

    /// <summary>The run failed: no input could be read, the store could not be opened, a server refused.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>A name the user asked about is not in the graph (suggestions are printed).</summary>
    public const int NotFound = 3;
}
