namespace Publish.Pdf.Images;

/// <summary>Decoded samples, deflated: 8-bit RGB and, when the image has transparency, its 8-bit alpha.</summary>
internal sealed record DeflatedImage(int Width, int Height, byte[] Rgb, byte[]? Alpha);
