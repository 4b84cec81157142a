using System.Runtime.CompilerServices;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// Plain text of alternating title line / abstract line, as copied from a Hugging Face "similar
/// papers" page. Page chrome before the first title ("Get trending papers…") is skipped, and a
/// "Subscribe" button label glued to the first title is removed.
/// </summary>
public sealed class TitleAbstractPaperReader : IPaperReader
{
    // Abstracts are paragraphs; titles are one line of a few words. Used to find where pairs start.
    private const int MinAbstractLength = 200;

    /// <inheritdoc />
    public string Format => "title-abstract";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(12).ToList();
        if (lines.Count < 2 || lines[0].StartsWith('{') || lines[0].StartsWith('<') || lines[0].StartsWith('@'))
        {
            return 0;
        }

        // A short line followed by a long one, repeatedly.
        var pairs = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length < MinAbstractLength && lines[i + 1].Length >= MinAbstractLength)
            {
                pairs++;
                i++;
            }
        }

        return pairs >= 2 || (pairs == 1 && lines.Count <= 3) ? 40 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        var lineNo = 0;
        var record = 0;
        string? title = null;
        var titleLine = 0;
        var started = false;
        while (await input.ReadLineAsync(cancellationToken) is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (title is null)
            {
                title = line;
                titleLine = lineNo;
                continue;
            }

            if (!started && line.Length < MinAbstractLength)
            {
                // Two short lines before any pair: the first was page chrome.
                problems.Report(new ReadProblem(new SourceLocation(sourceName, titleLine, 0), $"passed over page text before the first paper: '{AbstractLinesPaperReader.Excerpt(title)}'", ReadProblemKind.Info));
                title = line;
                titleLine = lineNo;
                continue;
            }

            if (!started)
            {
                started = true;
                title = StripButtonLabel(title);
            }

            record++;
            var where = new SourceLocation(sourceName, titleLine, record);
            if (line.Length < MinAbstractLength / 4)
            {
                problems.Report(new ReadProblem(where, $"expected an abstract line after the title '{AbstractLinesPaperReader.Excerpt(title)}', found a short line '{AbstractLinesPaperReader.Excerpt(line)}'"));
            }
            else
            {
                yield return TextFields.Paper(null, null, null, title, line, [], null, [], null, where);
            }

            title = null;
        }

        if (title is not null && started)
        {
            problems.Report(new ReadProblem(new SourceLocation(sourceName, titleLine, record + 1), $"title '{AbstractLinesPaperReader.Excerpt(title)}' has no abstract line after it (file ends)"));
        }
    }

    private static string StripButtonLabel(string title) =>
        title.StartsWith("Subscribe", StringComparison.Ordinal) && title.Length > 9 && char.IsUpper(title[9]) ? title[9..] : title;
}
