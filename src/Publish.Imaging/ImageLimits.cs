using Publish.Model.Input;

namespace Publish.Imaging;

/// <summary>
/// The one set of limits on a figure's image, for the reader's check and both writers alike: a file the reader
/// accepted is never refused later by a writer with a limit of its own (the EPUB's used to be 60 megapixels while
/// the reader's and the PDF's were 50, so a 55-megapixel photo was accepted, printed and then left out of the EPUB).
/// </summary>
public static class ImageLimits
{
    /// <summary>
    /// Declared pixels of one image (PUB1205): 50 megapixels, checked from the header before any pixel is decoded.
    /// A print photo at 300 dpi over an A4 page is 8.7; 50 keeps a decode of a hostile file's claimed size within
    /// 200 MB of RGBA. Kept at the reader's and the PDF's value (the stricter of the three there were), so no
    /// manuscript that built before is refused now.
    /// </summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Bytes of one image file (PUB1205): the check reads a whole PNG or GIF file to see it is complete.</summary>
    public const long MaxBytes = InputFileLimits.MaxImageBytes;
}
