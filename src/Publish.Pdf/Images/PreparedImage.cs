using System.Buffers;

namespace Publish.Pdf.Images;

/// <summary>
/// An image read and, unless it is a JPEG passed through, decoded: what <see cref="ImageEmbedder"/> writes.
/// A JPEG's bytes are the first <see cref="JpegLength"/> of a buffer rented from the shared pool: a long book's
/// photos are tens of megabytes, and a fresh array per photo went to the large object heap each time.
/// <see cref="ImageEmbedder.Write(Syntax.PdfObjectTable, int, PreparedImage)"/> returns the buffer once the bytes are written.
/// </summary>
internal sealed class PreparedImage
{
    private byte[]? jpegBuffer;

    private PreparedImage(byte[]? jpegBuffer, int jpegLength, JpegHeader? jpeg, DeflatedImage? raster)
    {
        this.jpegBuffer = jpegBuffer;
        JpegLength = jpegLength;
        Jpeg = jpeg;
        Raster = raster;
    }

    public JpegHeader? Jpeg { get; }

    public int JpegLength { get; }

    public DeflatedImage? Raster { get; }

    /// <summary>The JPEG file's bytes, valid until <see cref="Release"/>.</summary>
    public ReadOnlySpan<byte> JpegBytes => jpegBuffer is null
        ? throw new InvalidOperationException("The image's bytes were released or it is not a JPEG.")
        : jpegBuffer.AsSpan(0, JpegLength);

    /// <param name="buffer">Rented from <see cref="ArrayPool{T}.Shared"/>; this image returns it.</param>
    public static PreparedImage FromJpeg(byte[] buffer, int length, JpegHeader jpeg) => new(buffer, length, jpeg, null);

    public static PreparedImage FromRaster(DeflatedImage raster) => new(null, 0, null, raster);

    /// <summary>Returns the JPEG's buffer to the pool; the bytes must not be used afterwards.</summary>
    public void Release()
    {
        if (jpegBuffer is { } buffer)
        {
            jpegBuffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
