using System.Buffers;
using Publish.Imaging;
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
    /// JPEG header or its decoded, already deflated samples. Pure, so images are prepared in parallel.
    /// </summary>
    public static PreparedImage Prepare(string path)
    {
        using var stream = InputFile.OpenStream(path, InputFileLimits.MaxImageBytes, "image file", bufferSize: 1);
        var size = stream.Length;
        if (size > Array.MaxLength)
        {
            throw new IOException($"{path} is too large to embed ({size} bytes).");
        }

        // A JPEG's header (up to its frame header, where reading it stops) usually fits in its first kilobytes:
        // then the rest need not be read now.
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
                var whole = ArrayPool<byte>.Shared.Rent((int)size);
                buffer.AsSpan(0, headLength).CopyTo(whole);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = whole;
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
        return PreparedImage.FromRaster(RasterImageDecoder.DecodeDeflated(file, path));
    }

    /// <returns>Whether the image has a soft mask (its pages then need a transparency group).</returns>
    public static bool Write(PdfObjectTable table, int imageId, string path) => Write(table, imageId, Prepare(path));

    /// <returns>Whether the image has a soft mask (its pages then need a transparency group).</returns>
    public static bool Write(PdfObjectTable table, int imageId, PreparedImage prepared)
    {
        if (prepared.Jpeg is { } jpeg)
        {
            var deviceSpace = jpeg.Components switch
            {
                1 => "/DeviceGray",
                3 => "/DeviceRGB",
                _ => "/DeviceCMYK",
            };

            // A camera's or phone's profile (Display P3, Adobe RGB) says what the samples mean; without it they would
            // be read as the device's colours, visibly off for saturated photos. The device space stays the fallback.
            var colorSpace = deviceSpace;
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

            var entries = $"/Type /XObject /Subtype /Image /Width {PdfFormat.Integer(jpeg.Width)} /Height {PdfFormat.Integer(jpeg.Height)} " +
                $"/ColorSpace {colorSpace} /BitsPerComponent {PdfFormat.Integer(jpeg.BitsPerComponent)}{decode} /Filter /DCTDecode";
            if (prepared.JpegFile is { } path)
            {
                using var file = InputFile.OpenStream(path, InputFileLimits.MaxImageBytes, "image file", bufferSize: 1);
                table.WriteEncodedStream(storedId, entries, file, prepared.JpegLength);
            }
            else
            {
                table.WriteEncodedStream(storedId, entries, prepared.JpegBytes);
                prepared.Release();
            }

            return false;
        }

        var image = prepared.Raster!;
        var size = $"/Width {PdfFormat.Integer(image.Width)} /Height {PdfFormat.Integer(image.Height)} /BitsPerComponent 8";
        var softMask = string.Empty;
        if (image.Alpha is not null)
        {
            var maskId = table.Reserve();
            table.WriteDeflatedStream(maskId, $"/Type /XObject /Subtype /Image {size} /ColorSpace /DeviceGray", image.Alpha);
            softMask = " /SMask " + PdfObjectTable.Reference(maskId);
        }

        table.WriteDeflatedStream(imageId, $"/Type /XObject /Subtype /Image {size} /ColorSpace /DeviceRGB{softMask}", image.Rgb);
        return image.Alpha is not null;
    }
}
