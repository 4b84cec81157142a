using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace PaperGraph.Cli.Output;

/// <summary>Renders answers to standard output in the format the user chose.</summary>
internal sealed class ResultWriter(TextWriter output, OutputFormat format)
{
    /// <summary>Options for JSON answers: indented, camelCase, enums as strings, readable Unicode.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The chosen format.</summary>
    public OutputFormat Format { get; } = format;

    /// <summary>Writes a table; JSON gets an array of objects keyed by column name.</summary>
    public void Write(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        switch (Format)
        {
            case OutputFormat.Json:
                var rows = table.Rows.Select(r => table.Columns.Select((c, i) => (c, v: i < r.Count ? r[i] : null))
                    .ToDictionary(x => ToJsonName(x.c), x => x.v)).ToList();
                output.WriteLine(JsonSerializer.Serialize(rows, Json));
                break;
            case OutputFormat.Csv:
                output.WriteLine(string.Join(',', table.Columns.Select(Csv)));
                foreach (var r in table.Rows)
                {
                    output.WriteLine(string.Join(',', r.Select(Csv)));
                }

                break;
            case OutputFormat.Markdown:
                if (table.Title.Length > 0)
                {
                    output.WriteLine($"### {table.Title}");
                    output.WriteLine();
                }

                output.WriteLine("| " + string.Join(" | ", table.Columns.Select(Md)) + " |");
                output.WriteLine("|" + string.Concat(table.Columns.Select(_ => "---|")));
                foreach (var r in table.Rows)
                {
                    output.WriteLine("| " + string.Join(" | ", r.Select(Md)) + " |");
                }

                output.WriteLine();
                break;
            default:
                var console = CreateConsole(output);
                var t = new Table { Border = TableBorder.Rounded };
                if (table.Title.Length > 0)
                {
                    t.Title = new TableTitle(Markup.Escape(table.Title));
                }

                foreach (var c in table.Columns)
                {
                    t.AddColumn(new TableColumn(Markup.Escape(c)));
                }

                foreach (var r in table.Rows)
                {
                    t.AddRow(r.Select(v => (Spectre.Console.Rendering.IRenderable)new Text(v ?? "")).ToArray());
                }

                console.Write(t);
                break;
        }
    }

    /// <summary>Writes any value as JSON (for answers richer than a table).</summary>
    public void WriteJson<T>(T value) => output.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>A Spectre console over a writer, with colours only when it is a terminal.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            // Files and pipes have no width; don't wrap cells at 80 columns there.
            console.Profile.Width = 240;
        }

        return console;
    }

    private static string ToJsonName(string column)
    {
        var sb = new StringBuilder(column.Length);
        var upper = false;
        foreach (var ch in column)
        {
            if (!char.IsLetterOrDigit(ch))
            {
                upper = sb.Length > 0;
                continue;
            }

            sb.Append(sb.Length == 0 ? char.ToLowerInvariant(ch) : upper ? char.ToUpperInvariant(ch) : ch);
            upper = false;
        }

        return sb.ToString();
    }

    private static string Csv(string? v)
    {
        v ??= "";
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }

    private static string Md(string? v) =>
        (v ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
