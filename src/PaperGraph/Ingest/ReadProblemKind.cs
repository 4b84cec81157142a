namespace PaperGraph.Ingest;

/// <summary>How serious a reading problem is.</summary>
public enum ReadProblemKind
{
    /// <summary>One record could not be read and was skipped; the rest of the file was read.</summary>
    SkippedRecord,

    /// <summary>A whole file could not be read (empty, binary, unknown format, unreadable).</summary>
    SkippedFile,

    /// <summary>Something was off but everything was read (for example a file that is not UTF-8, read as Latin-1).</summary>
    Warning,

    /// <summary>For information only (a file in a folder that is not an input, passed over).</summary>
    Info,
}
