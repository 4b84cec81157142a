using System.Text;

namespace PaperGraph.Ingest;

/// <summary>
/// Replaces undecodable bytes with U+FFFD like the default fallback, but counts them, so a file that
/// turns out not to be UTF-8 after its first kilobytes is reported instead of silently garbled.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    private long _count;

    /// <summary>Invalid byte sequences replaced so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Interlocked.Increment(ref owner._count);
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }

            _remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_remaining != 0)
            {
                return false;
            }

            _remaining = 1;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}
