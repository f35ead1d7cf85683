using System.Runtime.InteropServices;

namespace Publish.Pdf.Fonts;

/// <summary>
/// Cuts a font program down to the glyphs a document uses, with HarfBuzz's hb_subset. Glyph ids are retained
/// (unused slots become empty), so content streams can keep the shaper's glyph ids with Identity mapping.
/// Works for TrueType (glyf) and CFF-flavoured OpenType alike.
/// </summary>
internal static class HarfBuzzSubsetter
{
    public static byte[] Subset(ReadOnlyMemory<byte> fontFile, int faceIndex, IEnumerable<ushort> glyphIds)
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

            var glyphSet = HarfBuzzSubsetNative.hb_subset_input_glyph_set(input);

            // .notdef must stay: viewers draw it for missing glyphs and validators expect glyph 0.
            HarfBuzzSubsetNative.hb_set_add(glyphSet, 0);
            foreach (var glyph in glyphIds)
            {
                HarfBuzzSubsetNative.hb_set_add(glyphSet, glyph);
            }

            HarfBuzzSubsetNative.hb_subset_input_set_flags(input, HarfBuzzSubsetNative.RetainGlyphIds);
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
