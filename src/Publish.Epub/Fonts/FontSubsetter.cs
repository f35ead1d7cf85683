using System.Runtime.InteropServices;

namespace Publish.Epub.Fonts;

/// <summary>
/// Cuts a font down to the characters a book uses, with HarfBuzz's hb_subset. Unlike the PDF's subset this
/// one is selected by Unicode code point and keeps the cmap and the layout tables (GSUB/GPOS closed over the
/// kept characters), because a reading system's browser engine maps text to glyphs and shapes it itself.
/// </summary>
internal static class FontSubsetter
{
    public static byte[] Subset(ReadOnlyMemory<byte> fontFile, IEnumerable<int> codePoints)
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

            face = HarfBuzzSubsetNative.hb_face_create(blob, 0);
            input = HarfBuzzSubsetNative.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
            {
                throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
            }

            var unicodes = HarfBuzzSubsetNative.hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
            {
                HarfBuzzSubsetNative.hb_set_add(unicodes, (uint)codePoint);
            }

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
            // Reverse order of creation; HarfBuzz treats a null handle as its empty object.
            HarfBuzzSubsetNative.hb_blob_destroy(result);
            HarfBuzzSubsetNative.hb_face_destroy(subset);
            HarfBuzzSubsetNative.hb_subset_input_destroy(input);
            HarfBuzzSubsetNative.hb_face_destroy(face);
            HarfBuzzSubsetNative.hb_blob_destroy(blob);
        }
    }
}
