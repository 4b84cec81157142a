using System.Runtime.CompilerServices;
using System.Xml.Linq;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>arXiv OAI-PMH <c>ListRecords</c> responses (metadataPrefix <c>arXiv</c>, also <c>oai_dc</c>).</summary>
public sealed class OaiPmhPaperReader : IPaperReader
{
    /// <inheritdoc />
    public string Format => "oai";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.Contains("<OAI-PMH", StringComparison.Ordinal) ? 95 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        await foreach (var (e, line, record) in XmlRecords.ReadAsync(input, ["record", "error"], sourceName, problems, cancellationToken))
        {
            var where = new SourceLocation(sourceName, line, record);
            if (e.Name.LocalName == "error")
            {
                // The repository answered with an error (noRecordsMatch, badResumptionToken…) instead of records.
                var code = e.Attribute("code")?.Value ?? "error";
                problems.Report(new ReadProblem(where, $"OAI-PMH error response '{code}': {TextFields.Clean(e.Value) ?? "(no message)"}", ReadProblemKind.SkippedFile));
                continue;
            }

            var header = e.Elements().FirstOrDefault(x => x.Name.LocalName == "header");
            if (header?.Attribute("status")?.Value == "deleted")
            {
                problems.Report(new ReadProblem(where, "record is marked deleted", ReadProblemKind.Info));
                continue;
            }

            var metadata = e.Elements().FirstOrDefault(x => x.Name.LocalName == "metadata");
            var abstractText = metadata is null ? null : XmlRecords.Value(metadata, "abstract") ?? XmlRecords.Value(metadata, "description");
            if (metadata is null || string.IsNullOrWhiteSpace(abstractText))
            {
                problems.Report(new ReadProblem(where, "record has no metadata abstract"));
                continue;
            }

            var identifier = header is null ? null : XmlRecords.Value(header, "identifier");
            var id = XmlRecords.Value(metadata, "id") ?? identifier;
            var authors = metadata.Descendants().Where(d => d.Name.LocalName == "author")
                .Select(Author).Where(a => a.Length > 0).ToList();
            if (authors.Count == 0)
            {
                authors = metadata.Descendants().Where(d => d.Name.LocalName == "creator").Select(d => d.Value.Trim()).ToList();
            }

            var date = TextFields.Date(XmlRecords.Value(metadata, "created") ?? XmlRecords.Value(metadata, "date") ?? (header is null ? null : XmlRecords.Value(header, "datestamp")));
            var arxiv = PaperIdentity.TryArxivId(id, out var ax) ? ax : PaperIdentity.TryArxivId(identifier, out ax) ? ax : null;
            yield return TextFields.Paper(
                arxiv,
                XmlRecords.Value(metadata, "doi"),
                id,
                XmlRecords.Value(metadata, "title"),
                abstractText,
                authors,
                date,
                TextFields.Categories(XmlRecords.Value(metadata, "categories")),
                arxiv is null ? null : $"https://arxiv.org/abs/{arxiv}",
                where);
        }
    }

    private static string Author(XElement a)
    {
        var keyname = a.Elements().FirstOrDefault(x => x.Name.LocalName == "keyname")?.Value.Trim();
        var forenames = a.Elements().FirstOrDefault(x => x.Name.LocalName == "forenames")?.Value.Trim();
        return keyname is null ? a.Value.Trim() : string.IsNullOrEmpty(forenames) ? keyname : $"{forenames} {keyname}";
    }
}
