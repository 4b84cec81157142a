using System.Runtime.CompilerServices;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>arXiv API Atom feeds: one <c>entry</c> per paper, the abstract in <c>summary</c>.</summary>
public sealed class ArxivAtomPaperReader : IPaperReader
{
    /// <inheritdoc />
    public string Format => "atom";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.Contains("<feed", StringComparison.Ordinal) && head.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal) ? 95 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        await foreach (var (e, line, record) in XmlRecords.ReadAsync(input, ["entry"], sourceName, problems, cancellationToken))
        {
            var where = new SourceLocation(sourceName, line, record);
            var id = e.Elements().FirstOrDefault(x => x.Name.LocalName == "id")?.Value.Trim();
            if (id is not null && id.Contains("arxiv.org/api/errors", StringComparison.OrdinalIgnoreCase))
            {
                // The arXiv API reports a bad query as an entry whose summary is the error message.
                var message = TextFields.Clean(e.Elements().FirstOrDefault(x => x.Name.LocalName == "summary")?.Value) ?? id;
                problems.Report(new ReadProblem(where, $"arXiv API error entry: {message}"));
                continue;
            }

            var summary = e.Elements().FirstOrDefault(x => x.Name.LocalName == "summary")?.Value;
            if (string.IsNullOrWhiteSpace(summary))
            {
                problems.Report(new ReadProblem(where, "entry has no summary (abstract)"));
                continue;
            }

            var authors = e.Elements().Where(x => x.Name.LocalName == "author")
                .Select(a => a.Elements().FirstOrDefault(x => x.Name.LocalName == "name")?.Value.Trim() ?? "")
                .Where(a => a.Length > 0).ToList();
            var categories = e.Elements().Where(x => x.Name.LocalName == "category")
                .Select(c => c.Attribute("term")?.Value).OfType<string>().Distinct().ToList();
            var link = e.Elements().FirstOrDefault(x => x.Name.LocalName == "link" && x.Attribute("rel")?.Value == "alternate")?.Attribute("href")?.Value ?? id;
            var date = TextFields.Date(e.Elements().FirstOrDefault(x => x.Name.LocalName == "published")?.Value);
            var doi = e.Elements().FirstOrDefault(x => x.Name.LocalName == "doi")?.Value;
            yield return TextFields.Paper(id, doi, id, e.Elements().FirstOrDefault(x => x.Name.LocalName == "title")?.Value, summary, authors, date, categories, link, where);
        }
    }
}
