using SkiaSharp;

namespace Publish.Pdf.Tests.Support;

/// <summary>Image files made at test time with SkiaSharp (nothing binary is checked in).</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width = 40, int height = 30) => Encode(width, height, SKEncodedImageFormat.Jpeg, opaque: true);

    public static byte[] Png(bool withAlpha, int width = 20, int height = 10) => Encode(width, height, SKEncodedImageFormat.Png, opaque: !withAlpha);

    /// <summary>A one-colour PNG: cheap to make and tiny on disk however many pixels it claims.</summary>
    public static byte[] PlainPng(int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.White);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 0);
        return data.ToArray();
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, bool opaque)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Left half opaque red, right half (when transparent) see-through blue.
                var alpha = opaque || x < width / 2 ? (byte)255 : (byte)0;
                bitmap.SetPixel(x, y, x < width / 2 ? new SKColor(220, 20, 20, alpha) : new SKColor(20, 20, 220, alpha));
            }
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
