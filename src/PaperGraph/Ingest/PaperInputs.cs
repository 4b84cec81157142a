using System.IO.Compression;
using System.Runtime.CompilerServices;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// The entry point for reading inputs: expands files, folders and globs, opens .gz transparently
/// (recognised by magic bytes), detects each file's format from its content (or uses the one given),
/// checks the encoding, and streams the papers of every file in turn. Nothing a user's file contains
/// stops the run: files that cannot be read at all and records that cannot be read are reported to
/// the <see cref="IReadProblemSink"/> with file and line, and skipped.
/// </summary>
public static class PaperInputs
{
    internal const int SniffBytes = 16 * 1024;

    private static readonly string[] InputExtensions = [".txt", ".json", ".jsonl", ".ndjson", ".xml", ".atom", ".bib", ".bibtex", ".gz"];

    /// <summary>Every reader, in the order ties in detection are broken.</summary>
    public static IReadOnlyList<IPaperReader> Readers { get; } =
    [
        new JsonPaperReader(), new OaiPmhPaperReader(), new ArxivAtomPaperReader(), new BibtexPaperReader(),
        new AbstractLinesPaperReader(), new HuggingFaceDailyPaperReader(), new TitleAbstractPaperReader(),
    ];

    /// <summary>Format names accepted by <see cref="ReaderFor"/> ("jsonl" and "ndjson" are the same reader as "json").</summary>
    public static IReadOnlyList<string> FormatNames { get; } = [.. Readers.Select(r => r.Format), "jsonl"];

    /// <summary>The reader for a format name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is not a known format; the message lists the known ones.</exception>
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

    /// <summary>Reads every paper of every input, file after file, streaming.</summary>
    /// <param name="paths">
    /// Files, folders and globs (<c>samples/*.txt</c>, <c>corpus/**</c>). A file named explicitly is always
    /// read (and reported when it is not a recognised format); in folders and in globs without an extension,
    /// hidden files and files that are not inputs by their extension (README.md…) are passed over with an
    /// <see cref="ReadProblemKind.Info"/> note.
    /// </param>
    /// <param name="format">A format name to use for every file instead of detection, or null to detect.</param>
    /// <param name="problems">Receives every problem with its location, and each file as it is opened.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not a known format (thrown on first enumeration).</exception>
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

    /// <summary>Reads one file with <paramref name="forced"/>, or with the reader its content calls for when null.</summary>
    public static async IAsyncEnumerable<Paper> ReadFileAsync(string path, IPaperReader? forced, IReadProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        var whole = new SourceLocation(path, 0, 0);
        byte[] head;
        bool gz;
        InputEncoding.Choice encoding;
        try
        {
            (head, gz) = await ReadHeadAsync(path, cancellationToken);
            var problem = CheckHead(head, gz);
            if (problem is not null)
            {
                problems.Report(new ReadProblem(whole, problem, ReadProblemKind.SkippedFile));
                yield break;
            }

            encoding = await InputEncoding.ChooseAsync(path, gz, head, problems, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Report(new ReadProblem(whole, $"cannot be read: {ex.Message}", ReadProblemKind.SkippedFile));
            yield break;
        }

        var reader = forced ?? Detect(encoding.Encoding.GetString(head).TrimStart('\uFEFF'));
        if (reader is null)
        {
            problems.Report(new ReadProblem(whole, $"not a recognised input format; expected one of: {Expected()} (or name the format explicitly)", ReadProblemKind.SkippedFile));
            yield break;
        }

        problems.FileOpened(new InputFile(path, reader.Format, forced is null, gz, encoding.Name));
        var counter = new FileProblemCounter(problems);
        var papers = 0;
        await using var stream = Open(path, gz, problems);
        using var text = new StreamReader(stream, encoding.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        await using var e = reader.ReadAsync(text, path, counter, cancellationToken).GetAsyncEnumerator(cancellationToken);
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
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A corrupt .gz, a read error, or a reader bug on odd input: keep what was read, say where it
                // stopped, and go on with the next file rather than end a long run.
                var why = ex is IOException or InvalidDataException ? ex.Message : $"unexpected {ex.GetType().Name}: {ex.Message}";
                counter.Report(new ReadProblem(whole, $"reading stopped: {why}; the papers before it were kept", ReadProblemKind.SkippedRecord));
                yield break;
            }

            papers++;
            yield return paper;
        }

        if (papers == 0 && counter.Skips == 0)
        {
            problems.Report(new ReadProblem(whole, $"no papers found in this {reader.Format} file", ReadProblemKind.Warning));
        }

        if (encoding.Replacements is { Count: > 0 and var n })
        {
            problems.Report(new ReadProblem(whole, $"{n} byte sequence(s) past the first {SniffBytes / 1024} KB are not valid UTF-8 and were replaced with U+FFFD; is the file in another encoding?", ReadProblemKind.Warning));
        }
    }

    /// <summary>Expands files, folders and globs into files, in a stable order; reports paths that match nothing.</summary>
    public static IEnumerable<string> Expand(IReadOnlyList<string> paths, IReadProblemSink problems)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var path in paths)
        {
            if (path.IndexOfAny(['*', '?']) >= 0)
            {
                // "corpus/*.md" names the files it wants; "corpus/**" or "corpus/*" is like a folder.
                var last = path.Replace('\\', '/').Split('/')[^1];
                var explicitExtension = last.Contains('.', StringComparison.Ordinal) && !last.StartsWith('.');
                var found = 0;
                foreach (var m in Glob.Match(path))
                {
                    if (explicitExtension || IsInput(m, problems))
                    {
                        found++;
                        yield return m;
                    }
                }

                if (found == 0)
                {
                    problems.Report(new ReadProblem(new SourceLocation(path, 0, 0), "no input file matches this pattern", ReadProblemKind.SkippedFile));
                }
            }
            else if (Directory.Exists(path))
            {
                var found = 0;
                foreach (var f in FolderFiles(path, problems))
                {
                    if (IsInput(f, problems))
                    {
                        found++;
                        yield return f;
                    }
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

    /// <summary>Opens a file for reading, decompressing when <paramref name="gz"/>.</summary>
    internal static Stream OpenRaw(string path, bool gz)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        return gz ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static Stream Open(string path, bool gz, IReadProblemSink problems)
    {
        var stream = OpenRaw(path, gz);
        if (!gz || GzipTrailerCheckStream.ReadTrailerSize(path) is not { } size)
        {
            return stream;
        }

        return new GzipTrailerCheckStream(stream, size, produced => problems.Report(new ReadProblem(
            new SourceLocation(path, 0, 0),
            $"compressed data ends after {produced} bytes but the gzip trailer records {size}: the file looks truncated, so its last record may be cut short or missing (or it holds several gzip members)",
            ReadProblemKind.Warning)));
    }

    private static string? CheckHead(byte[] head, bool gz)
    {
        if (head.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return gz ? "empty file (nothing inside the gzip): expected paper records" : "empty file: expected paper records";
        }

        // UTF-16 text has NUL bytes too; only its byte order mark tells it from binary.
        if (!InputEncoding.IsUtf16(head, out _) && head.AsSpan().IndexOf((byte)0) >= 0)
        {
            return $"binary file (contains NUL bytes): expected text of one of: {Expected()}";
        }

        return null;
    }

    private static string Expected() => string.Join(", ", Readers.Select(r => r.Format));

    private static bool IsInput(string file, IReadProblemSink problems)
    {
        var name = Path.GetFileName(file);
        if (name.StartsWith('.'))
        {
            problems.Report(new ReadProblem(new SourceLocation(file, 0, 0), "passed over: hidden file", ReadProblemKind.Info));
            return false;
        }

        if (!InputExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
        {
            problems.Report(new ReadProblem(new SourceLocation(file, 0, 0), $"passed over: not an input file by its extension ({string.Join(", ", InputExtensions)})", ReadProblemKind.Info));
            return false;
        }

        return true;
    }

    // Recursive, in ordinal order, without descending into hidden folders (.git and the like).
    private static IEnumerable<string> FolderFiles(string folder, IReadProblemSink problems)
    {
        foreach (var f in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            yield return f;
        }

        foreach (var d in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(d).StartsWith('.'))
            {
                problems.Report(new ReadProblem(new SourceLocation(d, 0, 0), "passed over: hidden folder", ReadProblemKind.Info));
                continue;
            }

            foreach (var f in FolderFiles(d, problems))
            {
                yield return f;
            }
        }
    }

    private static async Task<(byte[] Head, bool Gz)> ReadHeadAsync(string path, CancellationToken ct)
    {
        var magic = new byte[2];
        int n;
        await using (var probe = File.OpenRead(path))
        {
            n = await probe.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, ct);
        }

        var gz = n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        await using var s = OpenRaw(path, gz);
        var buffer = new byte[SniffBytes];
        var read = await s.ReadAtLeastAsync(buffer, SniffBytes, throwOnEndOfStream: false, ct);
        return (buffer[..read], gz);
    }
}
