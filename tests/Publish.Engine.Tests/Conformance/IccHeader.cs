using System.Buffers.Binary;
using System.Text;

namespace Publish.Engine.Tests.Conformance;

/// <summary>The 128-byte header of an ICC profile (ICC.1:2010 7.2): version, device class, colour space.</summary>
internal sealed record IccHeader(int Major, int Minor, string DeviceClass, string ColourSpace, uint DeclaredSize)
{
    /// <summary>Null unless the bytes hold a header with the 'acsp' signature at offset 36.</summary>
    public static IccHeader? Read(byte[] profile)
    {
        if (profile.Length < 128 || Encoding.ASCII.GetString(profile, 36, 4) != "acsp")
        {
            return null;
        }

        return new IccHeader(profile[8], profile[9] >> 4, Encoding.ASCII.GetString(profile, 12, 4), Encoding.ASCII.GetString(profile, 16, 4),
            BinaryPrimitives.ReadUInt32BigEndian(profile.AsSpan(0, 4)));
    }

    /// <summary>Components of the data colour space: 'GRAY' 1, 'RGB ' 3, 'CMYK' 4, others 0.</summary>
    public int Components => ColourSpace switch { "GRAY" => 1, "RGB " => 3, "CMYK" => 4, _ => 0 };

    /// <summary>The device family a profile characterizes, as the matching Device colour space name.</summary>
    public string? DeviceSpace => ColourSpace switch { "GRAY" => "DeviceGray", "RGB " => "DeviceRGB", "CMYK" => "DeviceCMYK", _ => null };
}
