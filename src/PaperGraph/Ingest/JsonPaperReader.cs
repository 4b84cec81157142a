using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// JSON Lines, or a JSON array, of objects with at least <c>abstract</c> (or <c>summary</c>) and
/// optionally <c>id</c>, <c>title</c>, <c>authors</c>, <c>categories</c>, <c>date</c>/<c>update_date</c>/<c>published</c>,
/// <c>url</c>, <c>doi</c>: the arXiv metadata snapshot, PaperGraph's own extract output and the gold files.
/// </summary>
public sealed class JsonPaperReader : IPaperReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public int Sniff(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var t = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return t.StartsWith('{') || t.StartsWith('[') ? 95 : 0;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<Paper> ReadAsync(TextReader input, string sourceName, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(problems);
        var (first, blankLines) = await FirstNonWhitespaceAsync(input, cancellationToken);
        if (first is null)
        {
            yield break;
        }

        var lineNo = blankLines;
        var firstLine = first + await input.ReadLineAsync(cancellationToken);
        if (first == '[' || firstLine.Trim() == "{")
        {
            // A JSON array, or pretty-printed objects one after another (a lone "{" is how every
            // pretty-printer starts one): stream the values; after a syntax error nothing can be trusted.
            await foreach (var p in ReadValuesAsync(firstLine, input, first == '[', sourceName, lineNo, problems, cancellationToken))
            {
                yield return p;
            }

            yield break;
        }

        // JSON Lines: one object per line, so a broken line costs only itself.
        var record = 0;
        var line = firstLine;
        do
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            record++;
            var where = new SourceLocation(sourceName, lineNo, record);
            Paper? paper;
            try
            {
                using var doc = JsonDocument.Parse(line, Options);
                paper = FromElement(doc.RootElement, where, problems);
            }
            catch (JsonException ex)
            {
                problems.Report(new ReadProblem(where, $"not a JSON object (column {ex.BytePositionInLine + 1}): {Describe(ex)}"));
                continue;
            }

            if (paper is not null)
            {
                yield return paper;
            }
        }
        while ((line = await input.ReadLineAsync(cancellationToken)) is not null);
    }

    private static async IAsyncEnumerable<Paper> ReadValuesAsync(
        string firstLine, TextReader input, bool array, string sourceName, int linesBefore, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken ct)
    {
        using var stream = new TextReaderStream(firstLine + "\n", input);
        var options = new JsonSerializerOptions { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };
        var items = array
            ? JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, options, ct)
            : JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, topLevelValues: true, options, ct);
        var record = 0;
        await using var e = items.GetAsyncEnumerator(ct);
        while (true)
        {
            JsonElement element;
            try
            {
                if (!await e.MoveNextAsync())
                {
                    yield break;
                }

                element = e.Current;
            }
            catch (JsonException ex)
            {
                var line = linesBefore + (int)(ex.LineNumber ?? 0) + 1;
                problems.Report(new ReadProblem(new SourceLocation(sourceName, line, record + 1), $"JSON breaks off at line {line}, column {ex.BytePositionInLine + 1}: {Describe(ex)}; the {record} record(s) before it were read"));
                yield break;
            }

            record++;
            var paper = FromElement(element, new SourceLocation(sourceName, 0, record), problems);
            if (paper is not null)
            {
                yield return paper;
            }
        }
    }

    // System.Text.Json quotes the offending token whole and appends its own 0-based position; a line of
    // garbage must not become a message as long as the line.
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = position > 0 ? message[..position] : message;
        return message.Length <= 160 ? message : message[..157] + "...";
    }

    private static Paper? FromElement(JsonElement r, SourceLocation where, IReadProblemSink problems)
    {
        if (r.ValueKind != JsonValueKind.Object)
        {
            problems.Report(new ReadProblem(where, $"expected a JSON object, found {r.ValueKind}"));
            return null;
        }

        var abstractText = Str(r, "abstract") ?? Str(r, "summary");
        if (string.IsNullOrWhiteSpace(abstractText))
        {
            problems.Report(new ReadProblem(where, "record has no 'abstract' (or 'summary') field"));
            return null;
        }

        var id = Str(r, "id") ?? Str(r, "paper_id");
        var arxiv = Str(r, "arxiv_id") ?? (PaperIdentity.TryArxivId(id, out _) ? id : null) ?? ArxivFromUrl(Str(r, "url"));
        var date = TextFields.Date(Str(r, "date") ?? Str(r, "published") ?? Str(r, "update_date") ?? Str(r, "publishedAt"));
        return TextFields.Paper(arxiv, Str(r, "doi"), id, Str(r, "title"), abstractText, Authors(r), date, Categories(r), Str(r, "url"), where);
    }

    private static string? ArxivFromUrl(string? url) => PaperIdentity.TryArxivId(url, out var id) ? id : null;

    private static string? Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;

    private static IReadOnlyList<string> Authors(JsonElement r)
    {
        if (!r.TryGetProperty("authors", out var a))
        {
            return [];
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => TextFields.Authors(a.GetString()),
            JsonValueKind.Array => a.EnumerateArray()
                .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object ? Str(x, "name") : null)
                .OfType<string>().Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
            _ => [],
        };
    }

    private static IReadOnlyList<string> Categories(JsonElement r)
    {
        if (!r.TryGetProperty("categories", out var c))
        {
            return [];
        }

        return c.ValueKind switch
        {
            JsonValueKind.String => TextFields.Categories(c.GetString()),
            JsonValueKind.Array => c.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList(),
            _ => [],
        };
    }

    // The first character that is not white space, and how many whole lines came before it.
    private static async Task<(char? First, int BlankLines)> FirstNonWhitespaceAsync(TextReader input, CancellationToken ct)
    {
        var buffer = new char[1];
        var lines = 0;
        while (await input.ReadAsync(buffer.AsMemory(), ct) == 1)
        {
            if (buffer[0] == '\n')
            {
                lines++;
            }
            else if (!char.IsWhiteSpace(buffer[0]) && buffer[0] != '\uFEFF')
            {
                return (buffer[0], lines);
            }
        }

        return (null, lines);
    }

    /// <summary>A read-only UTF-8 stream over a prefix and the rest of a TextReader, for the JSON array streamer.</summary>
    private sealed class TextReaderStream(string prefix, TextReader rest) : Stream
    {
        private readonly char[] _chars = new char[8192];
        private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
        private byte[] _bytes = Encoding.UTF8.GetBytes(prefix);
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_offset >= _bytes.Length)
            {
                var n = await rest.ReadAsync(_chars.AsMemory(), cancellationToken);
                if (n == 0)
                {
                    return 0;
                }

                // The encoder keeps a surrogate pair split across two reads together.
                _bytes = new byte[_encoder.GetByteCount(_chars, 0, n, flush: false)];
                _encoder.GetBytes(_chars, 0, n, _bytes, 0, flush: false);
                _offset = 0;
            }

            var take = Math.Min(buffer.Length, _bytes.Length - _offset);
            _bytes.AsMemory(_offset, take).CopyTo(buffer);
            _offset += take;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
