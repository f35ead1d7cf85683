namespace Publish.Pdf.Images;

/// <summary>
/// An ICC profile embedded in a JPEG: APP2 segments that begin <c>ICC_PROFILE\0</c>, then a sequence number and a
/// count (ICC.1 Annex B.4), their bodies joined in sequence order. Kept only when whole and when its colour space
/// matches the frame's component count, so the PDF's <c>/ICCBased</c> stream always has the right <c>/N</c>.
/// </summary>
internal static class JpegIccProfile
{
    private const int HeaderBytes = 128;

    public static bool IsChunk(ReadOnlySpan<byte> app2) => app2.Length > 14 && app2[..12].SequenceEqual("ICC_PROFILE\0"u8);

    /// <summary>Joins chunks (sequence number, body) into a profile for <paramref name="components"/> channels, or null.</summary>
    public static byte[]? Join(IReadOnlyList<(int Sequence, int Count, byte[] Body)> chunks, int components)
    {
        if (chunks.Count == 0 || chunks.Any(c => c.Count != chunks.Count))
        {
            return null;
        }

        var ordered = chunks.OrderBy(c => c.Sequence).ToList();
        if (ordered.Select((c, i) => c.Sequence == i + 1).Any(inOrder => !inOrder))
        {
            return null;
        }

        byte[] profile = [.. ordered.SelectMany(c => c.Body)];
        if (profile.Length < HeaderBytes)
        {
            return null;
        }

        // Data colour space signature, header bytes 16–19.
        var space = profile.AsSpan(16, 4);
        var matches = components switch
        {
            1 => space.SequenceEqual("GRAY"u8),
            3 => space.SequenceEqual("RGB "u8),
            4 => space.SequenceEqual("CMYK"u8),
            _ => false,
        };
        return matches ? profile : null;
    }
}
