using System.Runtime.InteropServices;

namespace Publish.FontSubsetting;

/// <summary>
/// Cuts a font program down with HarfBuzz's hb_subset, for both editions. The PDF selects glyph ids (its content
/// streams already hold the shaper's glyphs) and keeps them at their ids; the EPUB selects Unicode code points and
/// keeps the cmap and layout tables, because a reading system shapes the text itself. Both work for TrueType and
/// CFF-flavoured OpenType.
/// </summary>
public static class FontSubsetter
{
    /// <summary>The glyphs <paramref name="glyphIds"/> (and .notdef), each kept at its original id.</summary>
    public static byte[] SubsetGlyphs(ReadOnlyMemory<byte> fontFile, int faceIndex, IEnumerable<ushort> glyphIds) =>
        Subset(fontFile, faceIndex, input =>
        {
            var glyphSet = HarfBuzzSubsetNative.hb_subset_input_glyph_set(input);

            // .notdef must stay: viewers draw it for missing glyphs and validators expect glyph 0.
            HarfBuzzSubsetNative.hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphIds)
            {
                HarfBuzzSubsetNative.hb_set_add(glyphSet, glyph);
            }

            HarfBuzzSubsetNative.hb_subset_input_set_flags(input, HarfBuzzSubsetNative.RetainGlyphIds);
        });

    /// <summary>The glyphs of <paramref name="codePoints"/>, with the cmap and GSUB/GPOS closed over them.</summary>
    public static byte[] SubsetCharacters(ReadOnlyMemory<byte> fontFile, IEnumerable<int> codePoints) =>
        Subset(fontFile, 0, input =>
        {
            var unicodes = HarfBuzzSubsetNative.hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                HarfBuzzSubsetNative.hb_set_add(unicodes, (uint)codePoint);
            }
        });

    private static byte[] Subset(ReadOnlyMemory<byte> fontFile, int faceIndex, Action<IntPtr> select)
    {
        using var pin = fontFile.Pin();
        IntPtr blob = IntPtr.Zero, face = IntPtr.Zero, input = IntPtr.Zero, subset = IntPtr.Zero, result = IntPtr.Zero;
        try
        {
            unsafe
            {
                blob = HarfBuzzSubsetNative.hb_blob_create(
                    (IntPtr)pin.Pointer, (uint)fontFile.Length, HarfBuzzSubsetNative.MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            }

            face = HarfBuzzSubsetNative.hb_face_create(blob, (uint)faceIndex);
            input = HarfBuzzSubsetNative.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
            }

            select(input);
            subset = HarfBuzzSubsetNative.hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not subset the font.");
            }

            result = HarfBuzzSubsetNative.hb_face_reference_blob(subset);
            var data = HarfBuzzSubsetNative.hb_blob_get_data(result, out var length);
            if (data == IntPtr.Zero || length == 0)
            {
                throw new InvalidOperationException("HarfBuzz produced an empty font subset.");
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            // Destroy in reverse order of creation; HarfBuzz accepts null (it treats it as the empty object).
            HarfBuzzSubsetNative.hb_blob_destroy(result);
            HarfBuzzSubsetNative.hb_face_destroy(subset);
            HarfBuzzSubsetNative.hb_subset_input_destroy(input);
            HarfBuzzSubsetNative.hb_face_destroy(face);
            HarfBuzzSubsetNative.hb_blob_destroy(blob);
        }
    }
}
