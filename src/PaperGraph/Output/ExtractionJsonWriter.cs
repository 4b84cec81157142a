using System.Text.Encodings.Web;
using System.Text.Json;
using PaperGraph.Domain;

namespace PaperGraph.Output;

/// <summary>
/// Writes extractions as JSON Lines in the gold guideline's format (id, title, entities, proposes,
/// comparisons) with extra fields for tracing: abstract, entity keys, origins, model structure,
/// mention counts, and each claim's span, qualifiers and hedging.
/// </summary>
public sealed class ExtractionJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Writes to <paramref name="stream"/>, which the caller owns.</summary>
    public ExtractionJsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, Options);
    }

    /// <summary>Writes one extraction as one line.</summary>
    public void Write(PaperExtraction x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var j = _json;
        j.WriteStartObject();
        j.WriteString("id", x.Paper.Id);
        j.WriteString("title", x.Paper.Title);
        j.WriteString("abstract", x.Paper.Abstract);
        if (x.Paper.Date is not null)
        {
            j.WriteString("date", x.Paper.Date);
        }

        j.WriteString("source", x.Paper.Source.ToString());
        j.WriteStartArray("entities");
        foreach (var e in x.Entities)
        {
            j.WriteStartObject();
            j.WriteString("type", e.Type.ToString());
            j.WriteString("name", e.Name);
            j.WriteStartArray("aliases");
            foreach (var a in e.Aliases)
            {
                j.WriteStringValue(a);
            }

            j.WriteEndArray();
            j.WriteString("key", e.Key);
            j.WriteNumber("mentions", e.Mentions);
            j.WriteString("origin", e.Origin);
            if (e.Model is { } m)
            {
                j.WriteString("family", m.Family);
                WriteIfSet(j, "version", m.Version);
                WriteIfSet(j, "size", m.Size);
                if (m.Parameters is { } p)
                {
                    j.WriteNumber("params", p);
                }

                WriteIfSet(j, "variant", m.Variant);
            }

            j.WriteEndObject();
        }

        j.WriteEndArray();
        j.WriteStartArray("proposes");
        foreach (var p in x.Proposes)
        {
            j.WriteStringValue(p);
        }

        j.WriteEndArray();
        j.WriteStartArray("comparisons");
        foreach (var c in x.Comparisons)
        {
            j.WriteStartObject();
            j.WriteString("subject", c.Subject);
            j.WriteString("object", c.Object);
            j.WriteString("outcome", c.Outcome.ToString().ToLowerInvariant());
            j.WriteString("evidence", c.Evidence);
            j.WriteStartArray("span");
            j.WriteNumberValue(c.SpanStart);
            j.WriteNumberValue(c.SpanLength);
            j.WriteEndArray();
            WriteIfSet(j, "metric", c.Metric);
            WriteIfSet(j, "dataset", c.Dataset);
            WriteIfSet(j, "on_model", c.OnModel);
            WriteIfSet(j, "margin", c.Margin?.Text);
            if (c.Hedged)
            {
                j.WriteBoolean("hedged", true);
            }

            j.WriteEndObject();
        }

        j.WriteEndArray();
        WriteIfSet(j, "failure", x.Failure);
        j.WriteEndObject();
        j.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    public void Dispose() => _json.Dispose();

    private static void WriteIfSet(Utf8JsonWriter j, string name, string? value)
    {
        if (value is not null)
        {
            j.WriteString(name, value);
        }
    }
}
