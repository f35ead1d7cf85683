using Publish.Pdf.Syntax;

namespace Publish.Pdf.Images;

/// <summary>
/// Writes image XObjects (§8.9.5). JPEG files go in byte for byte with /DCTDecode (no generation loss);
/// other formats are decoded and written as Flate-compressed RGB, with a /SMask when they have transparency.
/// </summary>
internal static class ImageEmbedder
{
    /// <returns>Whether the image has a soft mask (its pages then need a transparency group).</returns>
    public static bool Write(PdfObjectTable table, int imageId, string path)
    {
        var file = File.ReadAllBytes(path);
        var jpeg = JpegHeader.TryRead(file);
        if (jpeg is not null)
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

            table.WriteEncodedStream(storedId,
                $"/Type /XObject /Subtype /Image /Width {PdfFormat.Integer(jpeg.Width)} /Height {PdfFormat.Integer(jpeg.Height)} " +
                $"/ColorSpace {colorSpace} /BitsPerComponent {PdfFormat.Integer(jpeg.BitsPerComponent)}{decode} /Filter /DCTDecode",
                file);
            return false;
        }

        var image = RasterImageDecoder.Decode(file, path);
        var size = $"/Width {PdfFormat.Integer(image.Width)} /Height {PdfFormat.Integer(image.Height)} /BitsPerComponent 8";
        var softMask = string.Empty;
        if (image.Alpha is not null)
        {
            var maskId = table.Reserve();
            table.WriteStream(maskId, $"/Type /XObject /Subtype /Image {size} /ColorSpace /DeviceGray", image.Alpha, compress: true);
            softMask = " /SMask " + PdfObjectTable.Reference(maskId);
        }

        table.WriteStream(imageId, $"/Type /XObject /Subtype /Image {size} /ColorSpace /DeviceRGB{softMask}", image.Rgb, compress: true);
        return image.Alpha is not null;
    }
}
