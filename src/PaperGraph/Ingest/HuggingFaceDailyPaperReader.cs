using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// Text copied from the Hugging Face "Daily Papers" page: blocks of title, abstract, "• N authors",
/// "·", a date ("Oct 5, 2017", or "Sep 30" for the current year) and sometimes an upvote count; some
/// blocks have no author/date lines at all. A date without a year is not stored: once the text is
/// copied, the page's "current year" is unknown, and a guessed year would be wrong half the time.
/// </summary>
public sealed partial class HuggingFaceDailyPaperReader : IPaperReader
{
    // Abstracts are paragraphs, titles a line of a few words; length decides only when structure does not.
    private const int MinAbstractLength = 200;

    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Subscribe", "Daily Papers", "byAK and the research community", "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
    };

    private enum LineKind
    {
        Content,
        Date,
        Trailer,
        End,
    }

    /// <inheritdoc />
    public string Format => "hf-daily";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var authors = AuthorsLine().Count(head);
        return DailyPapersLine().IsMatch(head) || authors >= 2 ? 85 : authors == 1 ? 50 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        var lineNo = 0;
        var record = 0;
        var started = false;
        (string Text, int Line)? title = null;
        (string Title, string Abstract, int Line)? paper = null;
        string? date = null;

        // One line of lookahead: whether a short line is an abstract or the next title depends on what follows it.
        var current = await NextAsync();
        while (current.Kind != LineKind.End)
        {
            var next = await NextAsync();
            switch (current.Kind)
            {
                case LineKind.Date when paper is not null && title is null:
                    date ??= ParseDate(DateLine().Match(current.Text));
                    break;
                case LineKind.Date or LineKind.Trailer:
                    if (title is { } orphan)
                    {
                        Orphan(orphan);
                        title = null;
                    }

                    break;
                case LineKind.Content when title is null:
                    if (current.Text.Length >= MinAbstractLength)
                    {
                        problems.Report(new ReadProblem(new SourceLocation(sourceName, current.Line, record + 1), "abstract without a title line before it"));
                    }
                    else
                    {
                        title = (current.Text, current.Line);
                    }

                    break;
                case LineKind.Content:
                    var isAbstract = current.Text.Length >= MinAbstractLength
                        || next.Kind is LineKind.Date or LineKind.Trailer or LineKind.End
                        || (started && next.Text.Length < MinAbstractLength);
                    if (!isAbstract)
                    {
                        // Title, short line, long line: the short line is the next title, the first had no abstract.
                        Orphan(title.Value);
                        title = (current.Text, current.Line);
                        break;
                    }

                    if (paper is { } done)
                    {
                        yield return Make(done, date, sourceName, ++record);
                    }

                    paper = (title.Value.Text, current.Text, title.Value.Line);
                    date = null;
                    title = null;
                    started = true;
                    break;
            }

            current = next;
        }

        if (title is { } last)
        {
            Orphan(last);
        }

        if (paper is { } final)
        {
            yield return Make(final, date, sourceName, ++record);
        }

        async Task<(LineKind Kind, string Text, int Line)> NextAsync()
        {
            while (await input.ReadLineAsync(cancellationToken) is { } raw)
            {
                lineNo++;
                var line = raw.Trim();
                if (line.Length == 0 || Chrome.Contains(line))
                {
                    continue;
                }

                var kind = DateLine().IsMatch(line) ? LineKind.Date
                    : line == "·" || AuthorsLine().IsMatch(line) || UpvotesLine().IsMatch(line) ? LineKind.Trailer
                    : LineKind.Content;
                return (kind, line, lineNo);
            }

            return (LineKind.End, "", lineNo);
        }

        void Orphan((string Text, int Line) t)
        {
            // Before the first paper, a stray short line is page chrome; after it, a title that lost its abstract.
            var where = new SourceLocation(sourceName, t.Line, started ? record + 1 : 0);
            problems.Report(started
                ? new ReadProblem(where, $"title '{AbstractLinesPaperReader.Excerpt(t.Text)}' has no abstract after it")
                : new ReadProblem(where, $"passed over page text before the first paper: '{AbstractLinesPaperReader.Excerpt(t.Text)}'", ReadProblemKind.Info));
        }
    }

    private static Paper Make((string Title, string Abstract, int Line) p, string? date, string sourceName, int record) =>
        TextFields.Paper(null, null, null, p.Title, p.Abstract, [], date, [], null, new SourceLocation(sourceName, p.Line, record));

    private static string? ParseDate(Match m)
    {
        if (!m.Success || !m.Groups["year"].Success)
        {
            return null;
        }

        return DateTime.TryParseExact($"{m.Groups["month"].Value} {m.Groups["day"].Value} {m.Groups["year"].Value}", "MMM d yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^\s*•\s*\d+\s+authors?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorsLine();

    // The page's heading on a line of its own, not the words quoted in running text.
    [GeneratedRegex(@"^\s*Daily Papers\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DailyPapersLine();

    [GeneratedRegex(@"^\d{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex UpvotesLine();

    [GeneratedRegex(@"^(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s+\d{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
