namespace PaperGraph.Ingest;

/// <summary>
/// Wraps a decompressing gzip stream and, at its end, compares the bytes produced with the size the
/// gzip trailer records. .NET's GZipStream ends quietly on a truncated file, so without this check a
/// cut-off download would lose its tail without a word.
/// </summary>
internal sealed class GzipTrailerCheckStream(Stream inner, uint expectedSize, Action<long> onMismatch) : Stream
{
    private long _produced;
    private bool _checked;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _produced; set => throw new NotSupportedException(); }

    /// <summary>Reads the ISIZE field (uncompressed size mod 2^32) from the last four bytes of a gzip file.</summary>
    public static uint? ReadTrailerSize(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (file.Length < 18)
        {
            return null;
        }

        Span<byte> trailer = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(trailer);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }

    private int Count(int n)
    {
        _produced += n;
        if (n == 0 && !_checked)
        {
            _checked = true;

            // ISIZE is the size modulo 2^32; files of several concatenated members record only the last one's.
            if ((uint)_produced != expectedSize)
            {
                onMismatch(_produced);
            }
        }

        return n;
    }
}
