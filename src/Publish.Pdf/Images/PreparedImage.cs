using System.Buffers;
using Publish.Model.Blocks;

namespace Publish.Pdf.Images;

/// <summary>
/// An image read and, unless it is a JPEG passed through, decoded: what <see cref="ImageEmbedder"/> writes.
/// A JPEG the reader measured (<see cref="JpegFacts"/>) is not read at all before it is written; without facts, one
/// whose header fits in the first bytes read is not held (<see cref="JpegFile"/>): it is copied from its file when written. Otherwise its bytes are the first <see cref="JpegLength"/> of a buffer rented
/// from the shared pool, which <see cref="ImageEmbedder.Write(Syntax.PdfObjectTable, int, PreparedImage, ImageColorSpaces)"/>
/// returns once they are written. A long book's photos are tens of megabytes: a fresh array per photo went to
/// the large object heap each time, and reading them ahead waited for threads the EPUB was using.
/// </summary>
internal sealed class PreparedImage
{
    private byte[]? jpegBuffer;

    private PreparedImage(byte[]? jpegBuffer, string? jpegFile, long jpegLength, JpegHeader? jpeg, DeflatedImage? raster, ImageFacts? jpegFacts = null)
    {
        JpegFacts = jpegFacts;
        this.jpegBuffer = jpegBuffer;
        JpegFile = jpegFile;
        JpegLength = jpegLength;
        Jpeg = jpeg;
        Raster = raster;
    }

    public JpegHeader? Jpeg { get; }

    /// <summary>The reader's facts of a JPEG not read yet: it is opened once, when written, from <see cref="JpegFile"/>.</summary>
    public ImageFacts? JpegFacts { get; }

    /// <summary>The JPEG's file when its bytes are to be copied from it; null when they are in memory.</summary>
    public string? JpegFile { get; }

    public long JpegLength { get; }

    public DeflatedImage? Raster { get; }

    /// <summary>The JPEG file's bytes, valid until <see cref="Release"/>.</summary>
    public ReadOnlySpan<byte> JpegBytes => jpegBuffer is null
        ? throw new InvalidOperationException("The image's bytes were released or it is not a JPEG.")
        : jpegBuffer.AsSpan(0, (int)JpegLength);

    /// <param name="buffer">Rented from <see cref="ArrayPool{T}.Shared"/>; this image returns it.</param>
    public static PreparedImage FromJpeg(byte[] buffer, int length, JpegHeader jpeg) => new(buffer, null, length, jpeg, null);

    /// <param name="length">The file's length when its header was read; the copy must find as many bytes.</param>
    public static PreparedImage FromJpegFile(string path, long length, JpegHeader jpeg) => new(null, path, length, jpeg, null);

    /// <summary>A JPEG the reader measured: nothing is read until it is written.</summary>
    public static PreparedImage FromJpegFacts(string path, ImageFacts facts) => new(null, path, 0, null, null, facts);

    public static PreparedImage FromRaster(DeflatedImage raster) => new(null, null, 0, null, raster);

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
