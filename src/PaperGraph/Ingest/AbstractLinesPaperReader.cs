using System.Runtime.CompilerServices;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>Plain text with one "Abstract: …" line per paper and no titles.</summary>
public sealed class AbstractLinesPaperReader : IPaperReader
{
    private const string Prefix = "Abstract:";

    /// <inheritdoc />
    public string Format => "abstract-lines";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(10).ToList();
        if (lines.Count == 0)
        {
            return 0;
        }

        // Most lines must be "Abstract:" lines, so a note or README quoting one is not taken for a corpus.
        var hits = lines.Count(l => l.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase));
        return hits * 2 < lines.Count ? 0 : lines[0].StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? 90 : 50 * hits / lines.Count;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        var lineNo = 0;
        var record = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNo++;
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            record++;
            var where = new SourceLocation(sourceName, lineNo, record);
            if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            {
                problems.Report(new ReadProblem(where, $"expected a line starting with '{Prefix}', found '{Excerpt(text)}'"));
                continue;
            }

            var abstractText = text[Prefix.Length..].Trim();
            if (abstractText.Length == 0)
            {
                problems.Report(new ReadProblem(where, "empty abstract"));
                continue;
            }

            yield return TextFields.Paper(null, null, null, null, abstractText, [], null, [], null, where);
        }
    }

    internal static string Excerpt(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
