using System.Buffers.Binary;

namespace Publish.Pdf.Color;

/// <summary>
/// An ICC profile to embed (ISO 32000-1 §8.6.5.5), with the header facts the PDF needs: the number of colour
/// components (<c>/N</c>), the data colour space and the device class. <see cref="Parse"/> reads only the 128-byte
/// header (ICC.1:2004-10 §7.2) and refuses anything that is not a whole profile of a kind PDF can use.
/// </summary>
public sealed class IccProfile
{
    /// <summary>The ICC major version PDF 1.7 names at most (ICC.1:2004-10 is version 4.2; ISO 19005-2 §6.2.3).</summary>
    public const int MaxMajorVersion = 4;

    private const int HeaderBytes = 128;

    private IccProfile(byte[] data, int components, string colorSpace, string deviceClass, int majorVersion)
    {
        Data = data;
        Components = components;
        ColorSpace = colorSpace;
        DeviceClass = deviceClass;
        MajorVersion = majorVersion;
    }

    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>1 (gray), 3 (RGB) or 4 (CMYK): the ICCBased stream's <c>/N</c>.</summary>
    public int Components { get; }

    /// <summary>The header's data colour space signature, trimmed: <c>GRAY</c>, <c>RGB</c> or <c>CMYK</c>.</summary>
    public string ColorSpace { get; }

    /// <summary>The header's device class: <c>mntr</c> (display), <c>prtr</c> (output), <c>scnr</c> (input), …</summary>
    public string DeviceClass { get; }

    public int MajorVersion { get; }

    /// <summary>The device space a reader falls back to (the ICCBased stream's <c>/Alternate</c>).</summary>
    public string DeviceSpace => Components switch
    {
        1 => "/DeviceGray",
        3 => "/DeviceRGB",
        _ => "/DeviceCMYK",
    };

    /// <summary>The profile in <paramref name="data"/>; <see cref="InvalidDataException"/> saying why when it is not one PDF can use.</summary>
    public static IccProfile Parse(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Problem(data) is { } problem)
        {
            throw new InvalidDataException(problem);
        }

        var header = data.AsSpan(0, HeaderBytes);
        var colorSpace = System.Text.Encoding.ASCII.GetString(header.Slice(16, 4)).TrimEnd();
        var components = colorSpace switch
        {
            "GRAY" => 1,
            "RGB" => 3,
            _ => 4,
        };
        return new IccProfile(data, components, colorSpace, System.Text.Encoding.ASCII.GetString(header.Slice(12, 4)), header[8]);
    }

    /// <summary>Why <paramref name="data"/> is not an ICC profile a PDF output intent or ICCBased space can use, or null.</summary>
    public static string? Problem(ReadOnlySpan<byte> data)
    {
        if (data.Length < HeaderBytes)
        {
            return "it is not an ICC profile (shorter than the 128-byte header)";
        }

        // ICC.1 §7.2.9: the file signature 'acsp' at byte 36; §7.2.2: the profile size at byte 0.
        if (!data.Slice(36, 4).SequenceEqual("acsp"u8))
        {
            return "it is not an ICC profile (no 'acsp' signature at byte 36)";
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(data) != (uint)data.Length)
        {
            return "the ICC profile is truncated or has trailing bytes (its header gives another size)";
        }

        if (data[8] is < 2 or > MaxMajorVersion)
        {
            return $"the ICC profile has version {data[8]}; PDF 1.7 takes versions 2 to {MaxMajorVersion}";
        }

        var colorSpace = data.Slice(16, 4);
        if (!colorSpace.SequenceEqual("GRAY"u8) && !colorSpace.SequenceEqual("RGB "u8) && !colorSpace.SequenceEqual("CMYK"u8))
        {
            return "the ICC profile's colour space is not gray, RGB or CMYK";
        }

        return null;
    }

    /// <summary>A profile shipped in this assembly (<c>Color/Profiles/</c>).</summary>
    internal static IccProfile FromResource(string fileName)
    {
        using var stream = typeof(IccProfile).Assembly.GetManifestResourceStream("Publish.Pdf.Color.Profiles." + fileName)
            ?? throw new InvalidOperationException($"The colour profile {fileName} is not embedded in Publish.Pdf.");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        return Parse(data);
    }
}
