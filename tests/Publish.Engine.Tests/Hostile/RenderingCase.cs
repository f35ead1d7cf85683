namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// One image file of the rendering suite and what a correct edition shows of it: the four quadrant colours, top-left,
/// top-right, bottom-left, bottom-right, as seen on white paper, and how far a sample may stray from them (JPEG
/// loss, a CMYK-to-RGB conversion that differs between renderers).
/// </summary>
internal sealed record RenderingCase(string Name, string FileName, byte[] Bytes, (byte R, byte G, byte B)[] Expected, double Tolerance);
