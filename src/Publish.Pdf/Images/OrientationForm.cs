using Publish.Pdf.Syntax;

namespace Publish.Pdf.Images;

/// <summary>
/// Shows a JPEG with an EXIF orientation upright without re-encoding it: a Form XObject whose content draws the
/// stored image through the orientation's transform. Both an image and this form fill the unit square of the space
/// they are drawn in, so the page's <c>w 0 0 h x y cm /Im Do</c> places either one the same way; layout has already
/// made the box upright (width and height swapped for orientations 5–8).
/// </summary>
internal static class OrientationForm
{
    private const string ImageName = "/Im0";

    public static void Write(PdfObjectTable table, int formId, int imageId, int orientation)
    {
        var content = Matrix(orientation) + " cm " + ImageName + " Do";
        table.WriteStream(formId,
            $"/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << {ImageName} {PdfObjectTable.Reference(imageId)} >> >>",
            System.Text.Encoding.ASCII.GetBytes(content),
            compress: false);
    }

    /// <summary>
    /// Maps image space (stored column s rightwards, stored row 1 − t downwards, §8.9.4) to form space (upright x
    /// rightwards, upright y upwards). The rows follow TIFF 6.0's orientation values: 2 mirrors, 3 turns half round,
    /// 4 flips, 5 transposes, 6 turns a quarter clockwise, 7 transverses, 8 turns a quarter anticlockwise.
    /// </summary>
    public static string Matrix(int orientation) => orientation switch
    {
        2 => "-1 0 0 1 1 0",
        3 => "-1 0 0 -1 1 1",
        4 => "1 0 0 -1 0 1",
        5 => "0 -1 -1 0 1 1",
        6 => "0 -1 1 0 0 1",
        7 => "0 1 1 0 0 0",
        8 => "0 1 -1 0 1 0",
        _ => "1 0 0 1 0 0",
    };
}
