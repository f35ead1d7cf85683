namespace Publish.Pdf.Images;

/// <summary>An image read and, unless it is a JPEG passed through, decoded: what <see cref="ImageEmbedder"/> writes.</summary>
internal sealed record PreparedImage(byte[] File, JpegHeader? Jpeg, DeflatedImage? Raster);
