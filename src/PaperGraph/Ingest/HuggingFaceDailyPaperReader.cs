using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// Text copied from the Hugging Face "Daily Papers" page: blocks of title, abstract, "• N authors",
/// "·", a date ("Oct 5, 2017", or "Sep 30" for the current year) and sometimes an upvote count.
/// A date without a year is not stored (the page's "current year" is unknown once copied).
/// </summary>
public sealed partial class HuggingFaceDailyPaperReader : IPaperReader
{
    private const int MinAbstractLength = 200;

    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Subscribe", "Daily Papers", "byAK and the research community", "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
    };

    /// <inheritdoc />
    public string Format => "hf-daily";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var authors = AuthorsLine().Count(head);
        return head.Contains("Daily Papers", StringComparison.Ordinal) || authors >= 2 ? 85 : authors == 1 ? 50 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        var lineNo = 0;
        var record = 0;
        (string Title, int Line)? pendingTitle = null;
        (string Title, string Abstract, int Line)? paper = null;
        string? date = null;

        while (await input.ReadLineAsync(cancellationToken) is { } raw)
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || Chrome.Contains(line) || line == "·" || AuthorsLine().IsMatch(line) || UpvotesLine().IsMatch(line))
            {
                continue;
            }

            var dateMatch = DateLine().Match(line);
            if (dateMatch.Success)
            {
                if (paper is not null)
                {
                    date = ParseDate(dateMatch);
                }

                continue;
            }

            if (line.Length >= MinAbstractLength && pendingTitle is { } t)
            {
                if (paper is { } done)
                {
                    yield return Make(done, date, sourceName, ++record);
                }

                paper = (t.Title, line, t.Line);
                date = null;
                pendingTitle = null;
                continue;
            }

            if (line.Length >= MinAbstractLength)
            {
                problems.Report(new ReadProblem(new SourceLocation(sourceName, lineNo, record + 1), "abstract without a title line before it"));
                continue;
            }

            pendingTitle = (line, lineNo);
        }

        if (paper is { } last)
        {
            yield return Make(last, date, sourceName, ++record);
        }
    }

    private static Paper Make((string Title, string Abstract, int Line) p, string? date, string sourceName, int record) =>
        TextFields.Paper(null, null, null, p.Title, p.Abstract, [], date, [], null, new SourceLocation(sourceName, p.Line, record));

    private static string? ParseDate(Match m)
    {
        if (!m.Groups["year"].Success)
        {
            return null;
        }

        return DateTime.TryParseExact($"{m.Groups["month"].Value} {m.Groups["day"].Value} {m.Groups["year"].Value}", "MMM d yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^\s*•\s*\d+\s+authors?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorsLine();

    [GeneratedRegex(@"^\d{1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex UpvotesLine();

    [GeneratedRegex(@"^(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?(?:\s+\d{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
