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
        var lines = head.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(17).ToList();

        // The head is cut at a fixed size: its last line may be the start of a long abstract.
        if (!head.EndsWith('\n') && lines.Count > 2)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count < 2 || lines[0][0] is '{' or '<' or '@' or '#' or '|')
        {
            return 0;
        }

        // After at most three lines of page chrome, short and long lines strictly alternate. Strictness
        // keeps notes, READMEs and tables, which also mix short and long lines, from being taken for papers.
        for (var start = 0; start <= Math.Min(3, lines.Count - 2); start++)
        {
            var alternates = true;
            for (var i = start; i < lines.Count && alternates; i++)
            {
                alternates = (lines[i].Length >= MinAbstractLength) == ((i - start) % 2 == 1);
            }

            var pairs = (lines.Count - start) / 2;
            if (alternates && (pairs >= 2 || (start == 0 && lines.Count == 2)))
            {
                return 40;
            }
        }

        return 0;
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
