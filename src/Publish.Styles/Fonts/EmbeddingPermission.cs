using System.Globalization;

namespace Publish.Styles.Fonts;

/// <summary>
/// Reads the OpenType OS/2 <c>fsType</c> field (embedding licensing rights). Bits 0–3 hold one usage
/// permission — 0 installable, 0x2 restricted licence, 0x4 preview &amp; print, 0x8 editable; fonts made
/// before OS/2 version 3 may set several, and then the least restrictive applies. Bit 8 (0x100) forbids
/// subsetting, bit 9 (0x200) allows bitmap embedding only.
/// Publish always embeds the outlines of a subset of every font it sets (the PDF always, the EPUB unless
/// <c>epub.embed-fonts: false</c>), so "installable", "preview &amp; print" and "editable" allow it and the
/// other three forbid it.
/// </summary>
internal static class EmbeddingPermission
{
    private const int RestrictedLicence = 0x0002;
    private const int PreviewAndPrint = 0x0004;
    private const int Editable = 0x0008;
    private const int NoSubsetting = 0x0100;
    private const int BitmapOnly = 0x0200;

    /// <summary>Why <paramref name="fsType"/> forbids what Publish does with a font, or null when it allows it.</summary>
    public static string? Forbids(int fsType)
    {
        var value = string.Create(CultureInfo.InvariantCulture, $"0x{fsType:X4}");
        if ((fsType & RestrictedLicence) != 0 && (fsType & (PreviewAndPrint | Editable)) == 0)
        {
            return $"its licence bits (OS/2 fsType {value}) mark it 'restricted licence embedding': it may not be embedded in a document without the foundry's permission, and every edition embeds its fonts; use a font licensed for embedding (such as an OFL font)";
        }

        if ((fsType & BitmapOnly) != 0)
        {
            return $"its licence bits (OS/2 fsType {value}) allow only bitmap embedding, and the editions embed outlines; use a font licensed for outline embedding (such as an OFL font)";
        }

        if ((fsType & NoSubsetting) != 0)
        {
            return $"its licence bits (OS/2 fsType {value}) forbid subsetting, and the editions embed only the glyphs a book uses; use a font that allows subsetting (such as an OFL font)";
        }

        return null;
    }
}
