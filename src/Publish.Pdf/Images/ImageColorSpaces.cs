namespace Publish.Pdf.Images;

/// <summary>
/// The colour spaces (PDF objects as written: a name or a reference) an image without its own ICC profile is
/// declared in. <see cref="Device"/> is DeviceRGB/DeviceCMYK. A press file declares RGB samples as ICC-based sRGB,
/// since device RGB is not allowed beside a CMYK output intent (ISO 15930-7 §6.2.4.3, ISO 19005-2 §6.2.4.3); a
/// PDF/A file on an sRGB intent declares CMYK samples in an ICC-based CMYK space for the same reason. The CMYK one
/// is made on first use: most books have no CMYK photo, and its profile is 200 kB.
/// </summary>
internal sealed record ImageColorSpaces(string Rgb, Lazy<string> Cmyk)
{
    public static ImageColorSpaces Device { get; } = new("/DeviceRGB", new Lazy<string>("/DeviceCMYK"));
}
