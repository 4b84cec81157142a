using System.CommandLine;
using PaperGraph.Cli.Output;

namespace PaperGraph.Cli.Commands;

/// <summary>Options shared by several commands, made fresh for each command that uses them.</summary>
internal static class CommonOptions
{
    /// <summary>--verbose: debug logs on standard error. Recursive: valid on every command.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Write debug logs to standard error.",
        Recursive = true,
    };

    /// <summary>--db PATH: the embedded store.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "The embedded SQLite store (created if missing).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PAPERGRAPH_DB") ?? "papergraph.db",
        HelpName = "PATH",
    };

    /// <summary>--format table|json|csv|markdown.</summary>
    public static Option<OutputFormat> Format(OutputFormat defaultFormat = OutputFormat.Table) => new("--format", "-f")
    {
        Description = "Output format: table, json, csv or markdown.",
        DefaultValueFactory = _ => defaultFormat,
    };

    /// <summary>The store path a user gave, checked to exist for commands that only read.</summary>
    public static string ExistingDb(string path)
    {
        return File.Exists(path)
            ? path
            : throw new Infrastructure.UserException($"no store at '{path}': run 'papergraph ingest PATH...' first, or pass --db PATH", Infrastructure.ExitCodes.Failure);
    }
}
