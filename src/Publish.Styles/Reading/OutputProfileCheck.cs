using System.Buffers.Binary;
using Publish.Model.Input;

namespace Publish.Styles.Reading;

/// <summary>
/// Checks, when the style is loaded, that the ICC profile named for the press output intent can be one: a regular
/// file within <see cref="MaxProfileBytes"/>, an ICC profile whose header (ICC.1:2004-10 §7.2) gives its own size,
/// the <c>acsp</c> signature, a version PDF 1.7 takes (2 to 4), the output device class (<c>prtr</c>) and the CMYK data
/// colour space, as a PDF/X-4 output intent must be (ISO 15930-7 §6.2.4). Found here, a wrong file is an error at
/// the style's line before any manuscript is read, instead of a press file a printer's preflight rejects.
/// </summary>
public static class OutputProfileCheck
{
    /// <summary>16 MiB: characterization profiles with large tables run to a few MB; FOGRA39's as shipped is 0.2 MB.</summary>
    public const long MaxProfileBytes = 16L * 1024 * 1024;

    /// <summary>Why the file at <paramref name="path"/> cannot be the press output profile, or null when it can.</summary>
    public static string? Problem(string path)
    {
        try
        {
            // Shared: the build's fingerprint and the PDF writer take these bytes while the file is unchanged.
            return Problem(SharedInputFiles.Read(path, MaxProfileBytes, "ICC profile").Bytes);
        }
        catch (InputFileException refused)
        {
            return refused.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "it cannot be read: input/output error";
        }
    }

    /// <summary>Why <paramref name="data"/> is not a CMYK output profile, or null.</summary>
    public static string? Problem(ReadOnlySpan<byte> data)
    {
        if (data.Length < 128 || !data.Slice(36, 4).SequenceEqual("acsp"u8))
        {
            return "it is not an ICC profile (no 'acsp' signature in a 128-byte header)";
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(data) != (uint)data.Length)
        {
            return "the ICC profile is truncated or has trailing bytes (its header gives another size)";
        }

        if (data[8] is < 2 or > 4)
        {
            return $"the ICC profile has version {data[8]}; a PDF takes versions 2 to 4";
        }

        if (!data.Slice(12, 4).SequenceEqual("prtr"u8) || !data.Slice(16, 4).SequenceEqual("CMYK"u8))
        {
            return "it is not a CMYK output (printer) profile, which a press output intent must be";
        }

        return null;
    }
}
