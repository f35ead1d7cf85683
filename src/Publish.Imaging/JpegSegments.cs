using System.Buffers.Binary;

namespace Publish.Imaging;

/// <summary>
/// Walks a JPEG's markers from the one after SOI, the one walk the inspector, the PDF's pass-through header and
/// the EPUB's strip plan share, so that they skip and refuse the same bytes. Fill bytes (FF before a marker) are
/// skipped; TEM, RSTn, SOI and EOI are yielded without a length; every other marker is yielded once its length is
/// at least 2 and its body is within the bytes. A start of scan or an end of image is the last marker yielded:
/// entropy-coded data follows the one, nothing the other. Every marker needs four bytes, so bytes that end two or
/// three bytes after a segment are <see cref="JpegWalkEnd.Truncated"/>. Use <c>while (walk.MoveNext())</c>, not
/// foreach, so that <see cref="End"/> is read from the walk that ran.
/// </summary>
public ref struct JpegSegments<TBytes>
    where TBytes : IByteSource, allows ref struct
{
    private readonly TBytes _bytes;
    private long _next;
    private bool _stopped;

    /// <param name="bytes">The file, whose first two bytes (SOI) the caller has checked.</param>
    public JpegSegments(TBytes bytes)
    {
        _bytes = bytes;
        _next = 2;
    }

    public JpegSegment Current { get; private set; }

    /// <summary>Why the walk ended, once <see cref="MoveNext"/> has returned false.</summary>
    public JpegWalkEnd End { get; private set; }

    public bool MoveNext()
    {
        while (!_stopped)
        {
            if (_next + 4 > _bytes.Length)
            {
                return Stop(JpegWalkEnd.Truncated);
            }

            var head = _bytes.Slice(_next, 4);
            if (head[0] != 0xFF)
            {
                return Stop(JpegWalkEnd.NotAMarker);
            }

            var marker = head[1];
            if (marker == 0xFF)
            {
                _next++;
                continue;
            }

            var length = JpegSegment.HasLength(marker) ? BinaryPrimitives.ReadUInt16BigEndian(head[2..]) : 0;
            if (JpegSegment.HasLength(marker) && length < 2)
            {
                return Stop(JpegWalkEnd.BadLength);
            }

            if (_next + 2 + length > _bytes.Length)
            {
                return Stop(JpegWalkEnd.Truncated);
            }

            Current = new JpegSegment(marker, _next, length);
            _next = Current.End;
            _stopped = marker is JpegSegment.StartOfScan or JpegSegment.EndOfImage;
            return true;
        }

        return false;
    }

    private bool Stop(JpegWalkEnd end)
    {
        End = end;
        _stopped = true;
        return false;
    }
}
