namespace PaperGraph.Cli.Infrastructure;

/// <summary>An error the user can fix: printed as one line, without a stack trace.</summary>
internal sealed class UserException(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    /// <summary>The process exit code for this error.</summary>
    public int ExitCode { get; } = exitCode;
}
