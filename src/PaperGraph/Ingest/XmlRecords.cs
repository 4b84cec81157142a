using System.Runtime.CompilerServices;
using System.Xml;
using System.Xml.Linq;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// Streams the repeated record elements of an XML document one at a time (OAI-PMH records, Atom
/// entries), so memory does not grow with the file. XML that breaks off (truncated, malformed) is
/// reported with its line, and the records before it are kept.
/// </summary>
internal static class XmlRecords
{
    public static async IAsyncEnumerable<(XElement Element, int Line, int Record)> ReadAsync(
        TextReader input, string[] localNames, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(input, settings);
        var info = (IXmlLineInfo)reader;
        var record = 0;
        while (true)
        {
            XElement? element = null;
            var line = 0;
            string? error = null;
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && Array.IndexOf(localNames, reader.LocalName) >= 0)
                {
                    line = info.LineNumber;
                    element = (XElement)await XNode.ReadFromAsync(reader, cancellationToken);
                }
                else if (!await reader.ReadAsync())
                {
                    yield break;
                }
            }
            catch (XmlException ex)
            {
                error = $"XML breaks off at line {ex.LineNumber}, column {ex.LinePosition}: {ex.Message} — the {record} record(s) before it were read";
                line = ex.LineNumber;
            }

            if (error is not null)
            {
                problems.Report(new ReadProblem(new SourceLocation(sourceName, line, record + 1), error));
                yield break;
            }

            if (element is not null)
            {
                record++;
                yield return (element, line, record);
            }
        }
    }

    /// <summary>The trimmed value of the first descendant with this local name, or null.</summary>
    public static string? Value(XElement e, string localName) =>
        e.Descendants().FirstOrDefault(d => d.Name.LocalName == localName)?.Value;
}
