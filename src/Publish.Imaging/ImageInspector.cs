using System.Buffers.Binary;
using System.Globalization;
using Publish.Model.Input;

namespace Publish.Imaging;

/// <summary>
/// The one reader of image file headers (issue 15): the reader checks each figure's file with it once, and the
/// facts it finds — format, stored pixel size, orientation — travel in the model (<c>ImageSource.Facts</c>), so the
/// layout and both writers never parse a header again. The checks (issue 7, row 4): the format is one the editions
/// take (PNG, JPEG, GIF, WebP), the declared size is within <see cref="ImageLimits.MaxPixels"/> (read from the
/// header, before any pixel is allocated), and the file is complete — PNG chunks up to IEND with their checksums,
/// JPEG segments up to the scan and an end-of-image marker after it, GIF blocks up to the trailer, a WebP RIFF size
/// that fits the file. A file whose container is sound is then decoded completely (<see cref="ImageDecodeCheck"/>,
/// in little memory): a JPEG's corrupt or cut-short scan, which the PDF would carry byte for byte and a viewer then
/// fail on, is refused here, at the figure, for both editions. Runs in linear time. A file is opened once: its
/// container is walked through a small window (<see cref="ImageBytes"/>), only where a check looks — a JPEG's
/// segments and its last two bytes, a WebP's chunk headers; PNG checksums and GIF blocks still take every byte —
/// and the orientation and the decode check read the same open file.
/// </summary>
public static class ImageInspector
{
    /// <summary>The window a file is walked through (see <see cref="ImageBytes"/>).</summary>
    public const int FileWindowBytes = ImageBytes.FileWindowBytes;


    public static ImageInspection Inspect(string path)
    {
        if (ImageInspectionMemory.InUse is not { } memory)
        {
            return InspectFile(path);
        }

        if (memory.Find(path) is { } known)
        {
            return known;
        }

        var found = InspectFile(path);
        memory.Keep(path, found);
        return found;
    }

    private static ImageInspection InspectFile(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ImageLimits.MaxBytes)
            {
                return new ImageInspection(
                    "image",
                    0,
                    0,
                    0,
                    ImageRefusal.TooLarge,
                    string.Create(CultureInfo.InvariantCulture, $"the file has {length:N0} bytes, more than the limit of {ImageLimits.MaxBytes:N0}"));
            }

            // A regular file only (a FIFO or device named like a photo would block or never end), within the size limit.
            using var file = InputFile.OpenStream(path, ImageLimits.MaxBytes, "image file", bufferSize: 64 * 1024);
            var container = Inspect(ImageBytes.Over(file.SafeFileHandle, file.Length));
            return Complete(container, file, Path.GetFileName(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImageInspection.Unreadable("image", "the file cannot be read: " + e.Message);
        }
    }

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        var container = Inspect(ImageBytes.InMemory(copy));
        using var stream = new MemoryStream(copy, writable: false);
        return Complete(container, stream, "image");
    }

    /// <summary>
    /// A sound container gets its orientation; one whose data does not decode completely is unreadable after all.
    /// Both read <paramref name="file"/> from its start.
    /// </summary>
    private static ImageInspection Complete(ImageInspection container, Stream file, string name)
    {
        if (!container.IsSound)
        {
            return container;
        }

        var orientation = ImageOrientation.Read(file);
        file.Position = 0;
        return ImageDecodeCheck.Problem(file, name) is { } problem
            ? ImageInspection.Unreadable(container.Format, problem)
            : container with { Orientation = orientation };
    }

    private static ImageInspection Inspect(ImageBytes bytes)
    {
        if (bytes.Length == 0)
        {
            return ImageInspection.Unreadable("image", "the file is empty");
        }

        if (bytes.StartsWith([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png(bytes);
        }

        if (bytes.StartsWith([0xFF, 0xD8, 0xFF]))
        {
            return Jpeg(bytes);
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return Gif(bytes);
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return WebP(bytes);
        }

        return ImageInspection.Unreadable("image", "it is not a PNG, JPEG, GIF or WebP image");
    }

    private static ImageInspection Sized(string format, long width, long height, int frames)
    {
        if (width <= 0 || height <= 0)
        {
            return ImageInspection.Unreadable(format, string.Create(CultureInfo.InvariantCulture, $"its header declares {width} × {height} pixels"));
        }

        return width * height > ImageLimits.MaxPixels
            ? ImageInspection.TooLarge(format, width, height)
            : ImageInspection.Sound(format, (int)width, (int)height, frames);
    }

    private static ImageInspection Truncated(string format) => ImageInspection.Unreadable(format, $"the {format} file is truncated");

    /// <summary>Walks every chunk to IEND: the checksums of critical chunks (IDAT included) need all their bytes.</summary>
    private static ImageInspection Png(ImageBytes b)
    {
        const string format = "PNG";
        Span<byte> type = stackalloc byte[4];
        long i = 8;
        ImageInspection? header = null;
        var hasData = false;
        var frames = 1;
        while (true)
        {
            if (i + 12 > b.Length)
            {
                return Truncated(format);
            }

            var chunkStart = b.Slice(i, 8);
            var length = BinaryPrimitives.ReadUInt32BigEndian(chunkStart);
            if (length > int.MaxValue || i + 12L + length > b.Length)
            {
                return length > int.MaxValue ? ImageInspection.Unreadable(format, "a chunk length is invalid") : Truncated(format);
            }

            chunkStart[4..].CopyTo(type);
            var data = i + 8;
            var critical = (type[0] & 0x20) == 0;
            if (critical && Crc(b, i + 4, 4 + length) != BinaryPrimitives.ReadUInt32BigEndian(b.Slice(data + length, 4)))
            {
                return ImageInspection.Unreadable(format, $"the checksum of its {System.Text.Encoding.ASCII.GetString(type)} chunk is wrong (the file is corrupt)");
            }

            if (header is null)
            {
                if (!type.SequenceEqual("IHDR"u8) || length != 13)
                {
                    return ImageInspection.Unreadable(format, "it does not begin with an IHDR chunk");
                }

                var ihdr = b.Slice(data, 8);
                header = Sized(format, BinaryPrimitives.ReadUInt32BigEndian(ihdr), BinaryPrimitives.ReadUInt32BigEndian(ihdr[4..]), 1);
                if (!header.IsSound)
                {
                    return header;
                }
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                hasData = true;
            }
            else if (type.SequenceEqual("acTL"u8) && length >= 4)
            {
                frames = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(b.Slice(data, 4)), int.MaxValue);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                return hasData ? header with { Frames = frames } : ImageInspection.Unreadable(format, "it has no image data");
            }

            i += 12 + length;
        }
    }

    /// <summary>Walks the segments up to the scan, then looks for the end-of-image marker: at the file's end first, where a sound file has it.</summary>
    private static ImageInspection Jpeg(ImageBytes b)
    {
        const string format = "JPEG";
        ReadOnlySpan<byte> endOfImage = [0xFF, 0xD9];
        ImageInspection? size = null;
        var walk = new JpegSegments<ImageBytes>(b);
        while (walk.MoveNext())
        {
            var segment = walk.Current;
            if (segment.Marker == JpegSegment.EndOfImage)
            {
                return ImageInspection.Unreadable(format, "it ends before its image data");
            }

            if (segment.IsFrameHeader)
            {
                if (segment.Length < 8)
                {
                    return ImageInspection.Unreadable(format, "its frame header is too short");
                }

                var frame = b.Slice(segment.BodyOffset + 1, 4);
                size = Sized(format, BinaryPrimitives.ReadUInt16BigEndian(frame[2..]), BinaryPrimitives.ReadUInt16BigEndian(frame), 1);
                if (!size.IsSound)
                {
                    return size;
                }
            }
            else if (segment.Marker == JpegSegment.StartOfScan)
            {
                // The scan's entropy-coded data follows; an FF in it is always followed by 00 or a restart
                // marker, so the first FF D9 after the scan header is the end of the image.
                if (size is null)
                {
                    return ImageInspection.Unreadable(format, "its image data comes before its frame header");
                }

                return b.EndsWith(segment.End, endOfImage) || b.Contains(segment.End, endOfImage) ? size : Truncated(format);
            }
        }

        return walk.End switch
        {
            JpegWalkEnd.NotAMarker => ImageInspection.Unreadable(format, "a segment marker is missing (the file is corrupt)"),
            JpegWalkEnd.BadLength => ImageInspection.Unreadable(format, "a segment length is invalid"),
            _ => Truncated(format),
        };
    }

    /// <summary>Walks every block to the trailer: a GIF has no length field to skip its image data by.</summary>
    private static ImageInspection Gif(ImageBytes b)
    {
        const string format = "GIF";
        if (b.Length < 13)
        {
            return Truncated(format);
        }

        var screen = b.Slice(0, 13);
        var size = Sized(format, BinaryPrimitives.ReadUInt16LittleEndian(screen[6..]), BinaryPrimitives.ReadUInt16LittleEndian(screen[8..]), 1);
        if (!size.IsSound)
        {
            return size;
        }

        var i = 13L + ColourTableLength(screen[10]);
        var frames = 0;
        while (i < b.Length)
        {
            switch (b[i])
            {
                case 0x3B:
                    return frames > 0 ? size with { Frames = frames } : ImageInspection.Unreadable(format, "it has no image");
                case 0x21:
                    i += 2;
                    break;
                case 0x2C:
                    if (i + 11 > b.Length)
                    {
                        return Truncated(format);
                    }

                    // Descriptor (10 bytes), local colour table, LZW code size (1 byte), then data sub-blocks.
                    i += 10 + ColourTableLength(b[i + 9]) + 1;
                    frames++;
                    break;
                default:
                    return ImageInspection.Unreadable(format, "it holds an unknown block (the file is corrupt)");
            }

            // Sub-blocks: a length byte, that many bytes, until a zero length.
            while (true)
            {
                if (i >= b.Length)
                {
                    return Truncated(format);
                }

                var count = b[i++];
                if (count == 0)
                {
                    break;
                }

                i += count;
            }
        }

        return Truncated(format);
    }

    private static int ColourTableLength(byte flags) => (flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;

    private static ImageInspection WebP(ImageBytes bytes)
    {
        const string format = "WebP";
        var riff = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(4, 4));
        if (riff + 8L > bytes.Length || bytes.Length < 30)
        {
            return Truncated(format);
        }

        var b = bytes.Slice(0, 30);
        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return b[23] == 0x9D && b[24] == 0x01 && b[25] == 0x2A
                ? Sized(format, BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF, 1)
                : ImageInspection.Unreadable(format, "its VP8 frame has no start code");
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            return b[20] == 0x2F
                ? Sized(format, 1 + (b[21] | ((b[22] & 0x3F) << 8)), 1 + ((b[22] >> 6) | (b[23] << 2) | ((b[24] & 0x0F) << 10)), 1)
                : ImageInspection.Unreadable(format, "its VP8L signature is missing");
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            var animated = (b[20] & 0x02) != 0;
            var width = 1 + (b[24] | (b[25] << 8) | (b[26] << 16));
            var height = 1 + (b[27] | (b[28] << 8) | (b[29] << 16));
            return Sized(format, width, height, animated ? AnimationFrames(bytes) : 1);
        }

        return ImageInspection.Unreadable(format, "it holds no VP8, VP8L or VP8X image");
    }

    /// <summary>The ANMF chunks of an animated WebP (at least 2, so an animation is reported even when its frames are odd).</summary>
    private static int AnimationFrames(ImageBytes b)
    {
        var frames = 0;
        var i = 12L;
        while (i + 8 <= b.Length)
        {
            var chunk = b.Slice(i, 8);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("ANMF"u8))
            {
                frames++;
            }

            i += 8L + size + (size & 1);
        }

        return Math.Max(frames, 2);
    }

    /// <summary>The CRC-32 (PNG's, ISO 3309) of <paramref name="count"/> bytes from <paramref name="offset"/>, read window by window.</summary>
    private static uint Crc(ImageBytes b, long offset, long count)
    {
        var crc = new System.IO.Hashing.Crc32();
        for (var done = 0L; done < count;)
        {
            var piece = b.Slice(offset + done, (int)Math.Min(b.MaxSlice, count - done));
            crc.Append(piece);
            done += piece.Length;
        }

        return crc.GetCurrentHashAsUInt32();
    }
}
