using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// The entry point for reading inputs: expands files, folders and globs, opens .gz transparently,
/// detects each file's format from its content (or uses the one given), checks the encoding, and
/// streams the papers of every file in turn. Files that cannot be read at all are reported and skipped.
/// </summary>
public static class PaperInputs
{
    private const int SniffBytes = 16 * 1024;
    private const long FullUtf8CheckLimit = 64L * 1024 * 1024;

    private static readonly string[] InputExtensions = [".txt", ".json", ".jsonl", ".ndjson", ".xml", ".atom", ".bib", ".bibtex", ".gz"];

    /// <summary>Every reader, in the order ties in detection are broken.</summary>
    public static IReadOnlyList<IPaperReader> Readers { get; } =
    [
        new JsonPaperReader(), new OaiPmhPaperReader(), new ArxivAtomPaperReader(), new BibtexPaperReader(),
        new AbstractLinesPaperReader(), new HuggingFaceDailyPaperReader(), new TitleAbstractPaperReader(),
    ];

    /// <summary>Format names accepted by <c>--input-format</c> ("jsonl" is the same reader as "json").</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [.. Readers.Select(r => r.Format), "jsonl"];

    /// <summary>The reader for a format name.</summary>
    /// <exception cref="ArgumentException">The name is not a known format.</exception>
    public static IPaperReader ReaderFor(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var name = format.Equals("jsonl", StringComparison.OrdinalIgnoreCase) || format.Equals("ndjson", StringComparison.OrdinalIgnoreCase) ? "json" : format;
        return Readers.FirstOrDefault(r => r.Format.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"unknown input format '{format}'; expected one of: {string.Join(", ", FormatNames)}", nameof(format));
    }

    /// <summary>The best reader for a file starting with <paramref name="head"/>, or null when none fits.</summary>
    public static IPaperReader? Detect(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        IPaperReader? best = null;
        var bestScore = 0;
        foreach (var r in Readers)
        {
            var score = r.Sniff(head);
            if (score > bestScore)
            {
                (best, bestScore) = (r, score);
            }
        }

        return best;
    }

    /// <summary>Reads every paper of every input.</summary>
    /// <param name="paths">Files, folders (read recursively; files that are not inputs by extension are passed over) and globs.</param>
    /// <param name="format">A format name to use for every file instead of detection, or null.</param>
    /// <param name="problems">Receives every record or file that is skipped, with its location.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<Paper> ReadAsync(IReadOnlyList<string> paths, string? format, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(problems);
        var forced = format is null ? null : ReaderFor(format);
        foreach (var file in Expand(paths, problems))
        {
            await foreach (var paper in ReadFileAsync(file, forced, problems, cancellationToken))
            {
                yield return paper;
            }
        }
    }

    /// <summary>Reads one file.</summary>
    public static async IAsyncEnumerable<Paper> ReadFileAsync(string path, IPaperReader? forced, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var whole = new SourceLocation(path, 0, 0);
        byte[] head;
        bool gz;
        try
        {
            (head, gz) = await ReadHeadAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Report(new ReadProblem(whole, $"cannot be read: {ex.Message}", ReadProblemKind.SkippedFile));
            yield break;
        }

        if (head.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            problems.Report(new ReadProblem(whole, "empty file: expected paper records", ReadProblemKind.SkippedFile));
            yield break;
        }

        if (head.AsSpan().IndexOf((byte)0) >= 0)
        {
            problems.Report(new ReadProblem(whole, "binary file (contains NUL bytes): expected text, JSON, XML or BibTeX", ReadProblemKind.SkippedFile));
            yield break;
        }

        var encoding = await ChooseEncodingAsync(path, gz, head, problems, cancellationToken);
        var headText = encoding.GetString(head);
        var reader = forced ?? Detect(headText);
        if (reader is null)
        {
            problems.Report(new ReadProblem(whole, $"not a recognised input format; expected one of: {string.Join(", ", FormatNames)} (or name one with --input-format)", ReadProblemKind.SkippedFile));
            yield break;
        }

        await using var stream = Open(path, gz);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        await using var e = reader.ReadAsync(text, path, problems, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            Paper paper;
            try
            {
                if (!await e.MoveNextAsync())
                {
                    break;
                }

                paper = e.Current;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                // A truncated .gz or a read error mid-file: keep what was read, report where it stopped.
                problems.Report(new ReadProblem(whole, $"reading stopped: {ex.Message}", ReadProblemKind.SkippedRecord));
                yield break;
            }

            yield return paper;
        }
    }

    /// <summary>Expands files, folders and globs into files, in a stable order.</summary>
    public static IEnumerable<string> Expand(IReadOnlyList<string> paths, IReadProblemSink problems)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var path in paths)
        {
            if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = Glob.Match(path).ToList();
                if (matches.Count == 0)
                {
                    problems.Report(new ReadProblem(new SourceLocation(path, 0, 0), "no file matches this pattern", ReadProblemKind.SkippedFile));
                }

                foreach (var m in matches)
                {
                    yield return m;
                }
            }
            else if (Directory.Exists(path))
            {
                var found = 0;
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(f);
                    if (name.StartsWith('.') || !InputExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    {
                        problems.Report(new ReadProblem(new SourceLocation(f, 0, 0), "passed over: not an input file by its extension", ReadProblemKind.Info));
                        continue;
                    }

                    found++;
                    yield return f;
                }

                if (found == 0)
                {
                    problems.Report(new ReadProblem(new SourceLocation(path, 0, 0), $"folder has no input files ({string.Join(", ", InputExtensions)})", ReadProblemKind.SkippedFile));
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                problems.Report(new ReadProblem(new SourceLocation(path, 0, 0), "no such file or folder", ReadProblemKind.SkippedFile));
            }
        }
    }

    private static Stream Open(string path, bool gz)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return gz ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static async Task<(byte[] Head, bool Gz)> ReadHeadAsync(string path, CancellationToken ct)
    {
        var magic = new byte[2];
        await using (var probe = File.OpenRead(path))
        {
            var n = await probe.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, ct);
            if (n < 2)
            {
                magic[1] = 0xFF;
            }
        }

        var gz = magic[0] == 0x1f && magic[1] == 0x8b;
        await using var s = Open(path, gz);
        var buffer = new byte[SniffBytes];
        var read = await s.ReadAtLeastAsync(buffer, SniffBytes, throwOnEndOfStream: false, ct);
        return (buffer[..read], gz);
    }

    // UTF-8 unless the bytes say otherwise; a file that is not valid UTF-8 is read as Latin-1 (every
    // byte maps to a character, so nothing is lost) with a warning naming the first bad line.
    private static async Task<Encoding> ChooseEncodingAsync(string path, bool gz, byte[] head, IReadProblemSink problems, CancellationToken ct)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        if (head.Length >= 2 && (head[0], head[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return Encoding.Unicode;
        }

        var (valid, badOffset) = await CheckUtf8Async(path, gz, head, ct);
        if (valid)
        {
            return utf8;
        }

        var line = await LineOfOffsetAsync(path, gz, badOffset, ct);
        problems.Report(new ReadProblem(new SourceLocation(path, line, 0), $"not valid UTF-8 (first invalid byte at offset {badOffset}); read as Latin-1", ReadProblemKind.Warning));
        return Encoding.Latin1;
    }

    private static async Task<(bool Valid, long BadOffset)> CheckUtf8Async(string path, bool gz, byte[] head, CancellationToken ct)
    {
        var size = new FileInfo(path).Length;
        if (gz || size > FullUtf8CheckLimit)
        {
            // Large inputs: the head decides, so a big corpus is not read twice.
            var cut = head.Length == SniffBytes ? TrimPartialCharacter(head) : head.Length;
            return Utf8.IsValid(head.AsSpan(0, cut)) ? (true, 0) : (false, FirstInvalid(head.AsSpan(0, cut)));
        }

        var all = await File.ReadAllBytesAsync(path, ct);
        return Utf8.IsValid(all) ? (true, 0) : (false, FirstInvalid(all));
    }

    private static int TrimPartialCharacter(byte[] bytes)
    {
        var end = bytes.Length;
        var back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80)
        {
            back++;
        }

        return end - back - 1 >= 0 && bytes[end - back - 1] >= 0xC0 ? end - back - 1 : end;
    }

    private static long FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var status = System.Buffers.OperationStatus.Done;
        var offset = 0;
        Span<char> scratch = stackalloc char[256];
        while (offset < bytes.Length)
        {
            status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }

    private static async Task<int> LineOfOffsetAsync(string path, bool gz, long offset, CancellationToken ct)
    {
        await using var s = Open(path, gz);
        var buffer = new byte[8192];
        long pos = 0;
        var line = 1;
        while (pos < offset)
        {
            var n = await s.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, offset - pos)), ct);
            if (n == 0)
            {
                break;
            }

            line += buffer.AsSpan(0, n).Count((byte)'\n');
            pos += n;
        }

        return line;
    }
}
