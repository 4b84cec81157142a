using System.Buffers;
using System.Text;
using System.Text.Unicode;
using PaperGraph.Domain;

namespace PaperGraph.Ingest;

/// <summary>
/// Chooses how a file's bytes are decoded. UTF-8 unless the bytes say otherwise (a UTF-16 byte order
/// mark); a file that is not valid UTF-8 is read as Latin-1 (every byte maps to a character, so nothing
/// is lost) with a warning naming the first bad line. Plain files up to <see cref="FullCheckLimit"/>
/// are checked whole, streaming; larger or compressed ones by their head, and any invalid bytes met
/// later are replaced, counted and reported when the file ends, never passed on silently.
/// </summary>
internal static class InputEncoding
{
    public const long FullCheckLimit = 256L * 1024 * 1024;

    /// <summary>The decoding chosen for one file.</summary>
    /// <param name="Encoding">The encoding to give the StreamReader.</param>
    /// <param name="Name">A short name for logs.</param>
    /// <param name="Replacements">Counts bytes that could not be decoded while reading, when any may remain.</param>
    public sealed record Choice(Encoding Encoding, string Name, CountingDecoderFallback? Replacements);

    public static async Task<Choice> ChooseAsync(string path, bool gz, byte[] head, IReadProblemSink problems, CancellationToken ct)
    {
        if (IsUtf16(head, out var utf16))
        {
            return new Choice(utf16, "utf-16", null);
        }

        var bom = head.AsSpan().StartsWith("\uFEFF"u8);
        long badOffset;
        if (!gz && new FileInfo(path).Length <= FullCheckLimit)
        {
            await using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            badOffset = await FirstInvalidUtf8Async(s, ct);
            if (badOffset < 0)
            {
                return new Choice(new UTF8Encoding(bom), "utf-8", null);
            }
        }
        else
        {
            // A large input is decided by its head, so a big corpus is not read twice.
            var cut = head.Length >= PaperInputs.SniffBytes ? TrimPartialCharacter(head) : head.Length;
            badOffset = FirstInvalidUtf8(head.AsSpan(0, cut));
            if (badOffset < 0)
            {
                var fallback = new CountingDecoderFallback();
                var utf8 = (Encoding)new UTF8Encoding(bom).Clone();
                utf8.DecoderFallback = fallback;
                return new Choice(utf8, "utf-8", fallback);
            }
        }

        var line = await LineOfOffsetAsync(path, gz, badOffset, ct);
        problems.Report(new ReadProblem(new SourceLocation(path, line, 0), $"not valid UTF-8 (first invalid byte at offset {badOffset}); read as Latin-1", ReadProblemKind.Warning));
        return new Choice(Encoding.Latin1, "latin-1", null);
    }

    /// <summary>True for text that starts with a UTF-16 byte order mark.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> head, out Encoding encoding)
    {
        encoding = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        return encoding != Encoding.UTF8;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or -1 when the stream is valid UTF-8 throughout.</summary>
    public static async Task<long> FirstInvalidUtf8Async(Stream stream, CancellationToken ct)
    {
        var bytes = new byte[1 << 16];
        var chars = new char[bytes.Length];
        var carry = 0;
        long offset = 0;
        while (true)
        {
            var n = await stream.ReadAsync(bytes.AsMemory(carry), ct);
            var total = carry + n;
            var final = n == 0;
            var status = Utf8.ToUtf16(bytes.AsSpan(0, total), chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: final);
            if (status == OperationStatus.InvalidData)
            {
                return offset + read;
            }

            // NeedMoreData: a character is split across reads; keep its first bytes for the next round.
            carry = total - read;
            bytes.AsSpan(read, carry).CopyTo(bytes);
            offset += read;
            if (final)
            {
                return -1;
            }
        }
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        return Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false) == OperationStatus.InvalidData ? read : -1;
    }

    // The head may end inside a multi-byte character; that is not an error.
    private static int TrimPartialCharacter(byte[] bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && end - back >= 0; back++)
        {
            var b = bytes[end - back];
            if ((b & 0xC0) == 0xC0)
            {
                var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return need > back ? end - back : end;
            }

            if ((b & 0xC0) != 0x80)
            {
                break;
            }
        }

        return end;
    }

    private static async Task<int> LineOfOffsetAsync(string path, bool gz, long offset, CancellationToken ct)
    {
        await using var s = PaperInputs.OpenRaw(path, gz);
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
