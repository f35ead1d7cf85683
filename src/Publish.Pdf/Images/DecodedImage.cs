namespace Publish.Pdf.Images;

/// <summary>8-bit RGB samples, and the alpha channel when any pixel is not fully opaque.</summary>
internal sealed record DecodedImage(int Width, int Height, byte[] Rgb, byte[]? Alpha);
