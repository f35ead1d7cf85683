using System.Runtime.InteropServices;

namespace Publish.FontSubsetting;

/// <summary>
/// The parts of HarfBuzz's C API the managed HarfBuzzSharp wrapper does not expose: the subsetter. The native
/// libHarfBuzzSharp exports them (DESIGN.md, checked on this machine). Handles are raw pointers; every
/// create has a matching destroy in <see cref="FontSubsetter"/>.
/// </summary>
internal static partial class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary>HB_SUBSET_FLAGS_RETAIN_GIDS: kept glyphs keep their ids, so a PDF's CIDToGIDMap can be Identity.</summary>
    public const uint RetainGlyphIds = 0x2;

    /// <summary>HB_MEMORY_MODE_READONLY: HarfBuzz must not write into our buffer.</summary>
    public const int MemoryModeReadOnly = 1;

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    public static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
