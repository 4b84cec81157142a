using System.CommandLine;

namespace PaperGraph.Cli.Commands;

/// <summary>The PATH... argument and --format option of commands that read inputs.</summary>
internal static class InputOptions
{
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Files, folders (read recursively) or globs (samples/*.txt, corpus/**/*.xml). .gz files are read transparently.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Checks a format name before any file is opened, so a typo is a usage error, not a late failure.</summary>
    public static string? Validate(string? format)
    {
        if (format is null)
        {
            return null;
        }

        try
        {
            return PaperGraph.Ingest.PaperInputs.ReaderFor(format).Format;
        }
        catch (ArgumentException ex)
        {
            throw new Infrastructure.UserException(ex.Message, Infrastructure.ExitCodes.Usage);
        }
    }

    public static Option<string?> InputFormat() => new("--input-format", "--from")
    {
        Description = "Read every input as this format instead of detecting it from content: abstract-lines, title-abstract, hf-daily, json, jsonl, oai, atom, bibtex.",
        HelpName = "NAME",
    };
}
