namespace PaperGraph.Cli.Output;

/// <summary>How a command prints its answer.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people (Spectre.Console).</summary>
    Table,

    /// <summary>JSON for tools.</summary>
    Json,

    /// <summary>CSV (RFC 4180) for spreadsheets.</summary>
    Csv,

    /// <summary>A Markdown table for notes and surveys.</summary>
    Markdown,
}
