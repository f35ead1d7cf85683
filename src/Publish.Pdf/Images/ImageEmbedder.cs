using System.Buffers;
using Publish.Imaging;
using Publish.Model.Blocks;
using Publish.Model.Input;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Images;

/// <summary>
/// Writes image XObjects (§8.9.5). JPEG files go in byte for byte with /DCTDecode (no generation loss);
/// other formats are decoded and written as Flate-compressed RGB, with a /SMask when they have transparency.
/// </summary>
internal static class ImageEmbedder
{
    /// <summary>How much of a file is read first, for a JPEG's header.</summary>
    private const int HeadBytes = 64 * 1024;

    /// <summary>
    /// Everything about one image that does not depend on the file being written: its bytes, and either its
    /// JPEG header or its decoded, already deflated samples. Pure, so images are prepared in parallel. With the
    /// reader's <paramref name="facts"/> a JPEG is not opened here at all: it is read once, when written (its bytes
    /// are copied then, and the few it needs besides the facts — components, Adobe marker, colour profile — come
    /// from that same read); any other image is read once and decoded with the facts' orientation.
    /// </summary>
    public static PreparedImage Prepare(string path, ImageFacts? facts = null)
    {
        if (facts is { Format: ImageFormat.Jpeg })
        {
            return PreparedImage.FromJpegFacts(path, facts);
        }

        using var stream = InputFile.OpenStream(path, ImageLimits.MaxBytes, "image file", bufferSize: 1);
        var size = stream.Length;
        if (size > Array.MaxLength)
        {
            throw new IOException($"{path} is too large to embed ({size} bytes).");
        }

        if (facts is not null)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)size);
            stream.ReadExactly(bytes);
            return PreparedImage.FromRaster(RasterImageDecoder.DecodeDeflated(bytes, path, facts.Orientation));
        }

        // No facts (frames made in code): a JPEG's header (up to its frame header, where reading it stops) usually
        // fits in its first kilobytes: then the rest need not be read now.
        var headLength = (int)Math.Min(size, HeadBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(headLength);
        JpegHeader? headerOnly = null;
        try
        {
            stream.ReadExactly(buffer, 0, headLength);
            headerOnly = headLength < size ? JpegHeader.TryRead(buffer.AsSpan(0, headLength)) : null;
            if (headLength < size && headerOnly is null)
            {
                // The whole file is needed: the head read so far is kept, only the rest is read.
                buffer = Grown(buffer, headLength, (int)size);
                stream.ReadExactly(buffer, headLength, (int)size - headLength);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        if (headerOnly is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return PreparedImage.FromJpegFile(path, size, headerOnly);
        }

        if (JpegHeader.TryRead(buffer.AsSpan(0, (int)size)) is { } jpeg)
        {
            return PreparedImage.FromJpeg(buffer, (int)size, jpeg);
        }

        var file = buffer.AsSpan(0, (int)size).ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return PreparedImage.FromRaster(RasterImageDecoder.DecodeDeflated(file, path, orientation: null));
    }

    /// <returns>Whether the image has a soft mask (its pages then need a transparency group).</returns>
    public static bool Write(PdfObjectTable table, int imageId, string path) => Write(table, imageId, Prepare(path, facts: null), ImageColorSpaces.Device);

    /// <returns>Whether the image has a soft mask (its pages then need a transparency group).</returns>
    public static bool Write(PdfObjectTable table, int imageId, PreparedImage prepared, ImageColorSpaces spaces)
    {
        if (prepared.JpegFacts is { } facts)
        {
            return WriteJpegFile(table, imageId, prepared.JpegFile!, facts, spaces);
        }

        if (prepared.Jpeg is { } jpeg)
        {
            if (prepared.JpegFile is { } path)
            {
                using var file = InputFile.OpenStream(path, ImageLimits.MaxBytes, "image file", bufferSize: 1);
                WriteJpeg(table, imageId, jpeg, spaces, (id, entries) => table.WriteEncodedStream(id, entries, file, prepared.JpegLength));
            }
            else
            {
                WriteJpeg(table, imageId, jpeg, spaces, (id, entries) => table.WriteEncodedStream(id, entries, prepared.JpegBytes));
                prepared.Release();
            }

            return false;
        }

        return WriteRaster(table, imageId, prepared.Raster!, spaces);
    }

    /// <summary>
    /// A JPEG the reader measured, opened once: its head gives what the PDF needs besides the facts; a JPEG a PDF
    /// reader can decode as it is is copied (from the file when it is larger than the head), any other is decoded.
    /// </summary>
    private static bool WriteJpegFile(PdfObjectTable table, int imageId, string path, ImageFacts facts, ImageColorSpaces spaces)
    {
        using var file = InputFile.OpenStream(path, ImageLimits.MaxBytes, "image file", bufferSize: 1);
        var size = file.Length;
        if (size > Array.MaxLength)
        {
            throw new IOException($"{path} is too large to embed ({size} bytes).");
        }

        var headLength = (int)Math.Min(size, HeadBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(headLength);
        try
        {
            file.ReadExactly(buffer, 0, headLength);
            if (headLength < size && JpegHeader.TryRead(buffer.AsSpan(0, headLength)) is { } header)
            {
                file.Position = 0;
                WriteJpeg(table, imageId, header with { Orientation = facts.Orientation }, spaces, (id, entries) => table.WriteEncodedStream(id, entries, file, size));
                return false;
            }

            if (headLength < size)
            {
                buffer = Grown(buffer, headLength, (int)size);
                file.ReadExactly(buffer, headLength, (int)size - headLength);
            }

            var bytes = buffer.AsSpan(0, (int)size);
            if (JpegHeader.TryRead(bytes) is { } jpeg)
            {
                var copy = buffer;
                WriteJpeg(table, imageId, jpeg with { Orientation = facts.Orientation }, spaces, (id, entries) => table.WriteEncodedStream(id, entries, copy.AsSpan(0, (int)size)));
                return false;
            }

            return WriteRaster(table, imageId, RasterImageDecoder.DecodeDeflated(bytes.ToArray(), path, facts.Orientation), spaces);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The head read so far moved into a pooled buffer of <paramref name="size"/> bytes; the old one is returned.</summary>
    private static byte[] Grown(byte[] head, int headLength, int size)
    {
        var whole = ArrayPool<byte>.Shared.Rent(size);
        head.AsSpan(0, headLength).CopyTo(whole);
        ArrayPool<byte>.Shared.Return(head);
        return whole;
    }

    private static void WriteJpeg(PdfObjectTable table, int imageId, JpegHeader jpeg, ImageColorSpaces spaces, Action<int, string> writeStream)
    {
        var deviceSpace = jpeg.Components switch
        {
            1 => "/DeviceGray",
            3 => "/DeviceRGB",
            _ => "/DeviceCMYK",
        };

        // A camera's or phone's profile (Display P3, Adobe RGB) says what the samples mean; without it they would
        // be read as the device's colours, visibly off for saturated photos. The device space stays the fallback.
        // Without a profile, a file that claims a standard takes the samples as sRGB (RGB) or the output intent's
        // CMYK where device colour is not allowed (see ImageColorSpaces).
        var colorSpace = jpeg.Components switch
        {
            3 => spaces.Rgb,
            4 => spaces.Cmyk.Value,
            _ => deviceSpace,
        };
        if (jpeg.IccProfile is { } profile)
        {
            var profileId = table.Reserve();
            table.WriteStream(profileId, $"/N {PdfFormat.Integer(jpeg.Components)} /Alternate {deviceSpace}", profile, compress: true);
            colorSpace = $"[/ICCBased {PdfObjectTable.Reference(profileId)}]";
        }

        // Adobe's CMYK JPEGs store inverted samples; without the Decode array they print as a negative.
        var decode = jpeg.Components == 4 && jpeg.IsAdobe ? " /Decode [1 0 1 0 1 0 1 0]" : string.Empty;
        var storedId = imageId;
        if (jpeg.Orientation != ExifOrientation.Upright)
        {
            storedId = table.Reserve();
            OrientationForm.Write(table, imageId, storedId, jpeg.Orientation);
        }

        writeStream(storedId, $"/Type /XObject /Subtype /Image /Width {PdfFormat.Integer(jpeg.Width)} /Height {PdfFormat.Integer(jpeg.Height)} " +
            $"/ColorSpace {colorSpace} /BitsPerComponent {PdfFormat.Integer(jpeg.BitsPerComponent)}{decode} /Filter /DCTDecode");
    }

    private static bool WriteRaster(PdfObjectTable table, int imageId, DeflatedImage image, ImageColorSpaces spaces)
    {
        var size = $"/Width {PdfFormat.Integer(image.Width)} /Height {PdfFormat.Integer(image.Height)} /BitsPerComponent 8";
        var softMask = string.Empty;
        if (image.Alpha is not null)
        {
            var maskId = table.Reserve();
            table.WriteDeflatedStream(maskId, $"/Type /XObject /Subtype /Image {size} /ColorSpace /DeviceGray", image.Alpha);
            softMask = " /SMask " + PdfObjectTable.Reference(maskId);
        }

        table.WriteDeflatedStream(imageId, $"/Type /XObject /Subtype /Image {size} /ColorSpace {spaces.Rgb}{softMask}", image.Rgb);
        return image.Alpha is not null;
    }
}
