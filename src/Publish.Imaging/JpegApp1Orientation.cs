namespace Publish.Imaging;

/// <summary>
/// The orientation a JPEG's APP1 segments declare, given to <see cref="Add"/> in file order as a marker walk meets
/// them: EXIF's wins over XMP's whichever comes first (the Metadata Working Group's rule), an EXIF without the tag
/// leaves XMP's. <see cref="ImageOrientation"/> (the layout's upright box, the EPUB's re-encoding), the PDF's
/// pass-through header and the EPUB's strip plan all decide by it, so a photo whose EXIF says 1 and whose XMP says 6
/// is not placed upright by one and turned by another.
/// </summary>
public sealed class JpegApp1Orientation
{
    private int? exif;
    private int? xmp;

    /// <summary>Whether an EXIF orientation was found: later segments cannot change the result.</summary>
    public bool IsSettled => exif is not null;

    /// <summary>1–8; <see cref="ExifOrientation.Upright"/> when no segment declared one.</summary>
    public int Value => exif ?? xmp ?? ExifOrientation.Upright;

    /// <summary>Takes the body of one APP1 segment (after its length field).</summary>
    public void Add(ReadOnlySpan<byte> app1)
    {
        if (app1.StartsWith("Exif\0\0"u8))
        {
            exif ??= ExifOrientation.ReadTiff(app1[6..]);
        }
        else if (app1.StartsWith(XmpOrientation.App1Signature))
        {
            xmp ??= XmpOrientation.Read(app1[XmpOrientation.App1Signature.Length..]);
        }
    }
}
