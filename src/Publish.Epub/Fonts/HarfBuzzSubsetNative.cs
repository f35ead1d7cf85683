using System.Runtime.InteropServices;

namespace Publish.Epub.Fonts;

/// <summary>
/// HarfBuzz's subsetter, which the managed HarfBuzzSharp wrapper does not expose but the native
/// libHarfBuzzSharp exports (DESIGN.md). The EPUB keeps its own few declarations rather than referencing
/// Publish.Pdf, which the architecture forbids. Handles are raw pointers; every create has its destroy in
/// <see cref="FontSubsetter"/>.
/// </summary>
internal static partial class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

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
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
