using System.Buffers;

namespace Publish.Epub.Images;

/// <summary>
/// The first bytes of an open file, read until <see cref="JpegMetadataStripper.Plan"/> has an answer: 64 KB first,
/// grown fourfold while the metadata before the first scan is larger. Holds a buffer rented from the shared pool:
/// dispose it. The file's position is left at <see cref="Length"/>, so the rest can be copied or read from there.
/// </summary>
internal sealed class JpegHead : IDisposable
{
    private const int FirstBytes = 64 * 1024;

    private byte[] _buffer;

    private JpegHead(byte[] buffer, int length, JpegPlanResult result, JpegStripPlan? plan)
    {
        _buffer = buffer;
        Length = length;
        Result = result;
        Plan = plan;
    }

    public int Length { get; }

    public JpegPlanResult Result { get; }

    /// <summary>The copy plan when <see cref="Result"/> is <see cref="JpegPlanResult.Planned"/>.</summary>
    public JpegStripPlan? Plan { get; }

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, Length);

    /// <param name="fileLength">The file's length, read once by the caller.</param>
    public static JpegHead Read(Stream file, int fileLength)
    {
        var length = Math.Min(fileLength, FirstBytes);
        var head = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            file.ReadExactly(head.AsSpan(0, length));
            var result = JpegMetadataStripper.Plan(head.AsSpan(0, length), out var plan);
            while (result == JpegPlanResult.NeedsMoreBytes && length < fileLength)
            {
                var largerLength = (int)Math.Min(fileLength, length * 4L);
                var larger = ArrayPool<byte>.Shared.Rent(largerLength);
                head.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(head);
                head = larger;
                file.ReadExactly(head.AsSpan(length, largerLength - length));
                length = largerLength;
                result = JpegMetadataStripper.Plan(head.AsSpan(0, length), out plan);
            }

            return new JpegHead(head, length, result, plan);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(head);
            throw;
        }
    }

    /// <summary>The whole file: this head and the rest read from <paramref name="file"/>.</summary>
    public byte[] WholeFile(Stream file, int fileLength)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(fileLength);
        Bytes.CopyTo(bytes);
        file.ReadExactly(bytes.AsSpan(Length));
        return bytes;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
