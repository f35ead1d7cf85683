namespace Publish.Model.Blocks;

/// <summary>The raster formats a figure may use; the reader refuses every other.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
    Gif,
    WebP,
}
