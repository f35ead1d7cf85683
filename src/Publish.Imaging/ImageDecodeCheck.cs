using System.Globalization;
using System.Runtime.InteropServices;
using Publish.Model.Memory;
using SkiaSharp;

namespace Publish.Imaging;

/// <summary>
/// Decodes an image completely, to find damage a container walk cannot see: a JPEG whose entropy-coded data is
/// corrupt or cut short, a PNG whose deflate stream is broken under a valid checksum, a WebP whose frame does not
/// decode. Both editions would otherwise carry it: the PDF takes a JPEG's bytes as they are (a viewer then fails
/// on the stream), and a lenient decode fills the missing rows with grey. Only a complete decode
/// (<see cref="SKCodecResult.Success"/>) passes. Memory stays small whatever the image's size: a JPEG or WebP is
/// decoded at its smallest scale (every coefficient is still entropy-decoded, only the output is small), a PNG's
/// data is inflated as a stream (<see cref="PngDataCheck"/>); a GIF, which neither allows, is decoded whole, its pixels reserved with <see cref="DecodeMemory"/> first.
/// </summary>
public static class ImageDecodeCheck
{
    /// <summary>The scale asked of codecs that decode scaled (JPEG's DCT scaling goes down to 1/8).</summary>
    private const float SmallestScale = 1 / 8f;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads <paramref name="file"/> (seekable) from its start; <paramref name="name"/> names it in a memory message.</summary>
    /// <returns>Null when the image decodes completely; otherwise why it does not, for a message.</returns>
    public static string? Problem(Stream file, string name)
    {
        ArgumentNullException.ThrowIfNull(file);

        // SkiaSharp cannot decode a PNG row by row: its data is inflated here instead, in kilobytes whatever its size.
        file.Position = 0;
        Span<byte> signature = stackalloc byte[8];
        var isPng = file.ReadAtLeast(signature, 8, throwOnEndOfStream: false) == 8 && signature.SequenceEqual(PngSignature);
        file.Position = 0;
        if (isPng)
        {
            return PngDataCheck.Problem(file);
        }

        using var data = SKData.Create(file);
        return data is null ? "the file cannot be read" : Problem(data, name);
    }

    /// <inheritdoc cref="Problem(Stream, string)"/>
    public static string? Problem(ReadOnlySpan<byte> file, string name)
    {
        if (file.StartsWith(PngSignature))
        {
            using var stream = new MemoryStream(file.ToArray(), writable: false);
            return PngDataCheck.Problem(stream);
        }

        using var data = SKData.CreateCopy(file);
        return Problem(data, name);
    }

    private static string? Problem(SKData data, string name)
    {
        // SkiaSharp's decoder takes a damaged Huffman JPEG as complete (libjpeg only warns): its scans are walked first.
        if (JpegScanCheck.Problem(data.AsSpan(), name, out var walkedWhole) is { } damage)
        {
            return damage;
        }

        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return "its data cannot be decoded";
        }

        var result = walkedWhole ? DecodeStart(codec, name) : Decode(codec, name);
        return result == SKCodecResult.Success ? null : Describe(result);
    }

    /// <summary>
    /// For a JPEG whose every scan the walk has read to its end and found whole: the entropy-coded data is what a
    /// complete decode would find damaged, and it is sound, so what is left for libjpeg to refuse is its set-up
    /// (quantization tables, sampling factors, sizes it does not take), which it checks before the first row. One
    /// row is decoded, not the whole picture: on the bench book's 60 photos (1600×1000) the whole decode doubled the
    /// time of the check (7 ms of 13 a photo), and it ran on the path of every build. A progressive JPEG is still
    /// decoded whole (libjpeg reads every scan before its first row).
    /// </summary>
    private static SKCodecResult DecodeStart(SKCodec codec, string name)
    {
        var full = codec.Info;
        var scaled = codec.GetScaledDimensions(SmallestScale);
        var size = scaled.Width > 0 && scaled.Height > 0 ? scaled : new SKSizeI(full.Width, full.Height);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);

        // A codec that will not decode this image row by row decodes it whole, as the complete check does.
        return codec.StartScanlineDecode(info) == SKCodecResult.Success ? Rows(codec, info, 1) : Whole(codec, info, name);
    }

    private static SKCodecResult Decode(SKCodec codec, string name)
    {
        var full = codec.Info;
        var scaled = codec.GetScaledDimensions(SmallestScale);
        if (scaled.Width > 0 && scaled.Height > 0 && (long)scaled.Width * scaled.Height < (long)full.Width * full.Height)
        {
            return Whole(codec, new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul), name);
        }

        var info = new SKImageInfo(full.Width, full.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return codec.StartScanlineDecode(info) == SKCodecResult.Success ? Rows(codec, info) : Whole(codec, info, name);
    }

    /// <summary>Decodes the first <paramref name="rows"/> rows (all, by default) of a scanline decode already started.</summary>
    private static SKCodecResult Rows(SKCodec codec, SKImageInfo info, int rows = int.MaxValue)
    {
        var row = Marshal.AllocHGlobal(info.RowBytes);
        try
        {
            for (var y = 0; y < Math.Min(rows, info.Height); y++)
            {
                if (codec.GetScanlines(row, 1, info.RowBytes) != 1)
                {
                    return SKCodecResult.IncompleteInput;
                }
            }

            return SKCodecResult.Success;
        }
        finally
        {
            Marshal.FreeHGlobal(row);
        }
    }

    private static SKCodecResult Whole(SKCodec codec, SKImageInfo info, string name)
    {
        using var reserved = DecodeMemory.Reserve(info.BytesSize64, name);
        using var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            throw new InsufficientMemoryException(string.Create(CultureInfo.InvariantCulture, $"{info.Width}×{info.Height} pixels could not be allocated to check '{name}'."));
        }

        return codec.GetPixels(info, bitmap.GetPixels());
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "its image data ends early (the file is truncated or corrupt)",
        SKCodecResult.ErrorInInput => "its image data is corrupt",
        _ => "its image data cannot be decoded (" + result + ")",
    };
}
