using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using HbFont = HarfBuzzSharp.Font;

namespace Publish.Epub.Images;

/// <summary>
/// One cover font file, read once from the build's store: the Skia typeface that draws its glyphs and the HarfBuzz
/// font (scale = units per em) that shapes text into them, so both agree on glyph ids.
/// </summary>
internal sealed class CoverFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;

    private CoverFace(string path, SKTypeface typeface, byte[] data)
    {
        Path = path;
        Typeface = typeface;
        // HarfBuzz copies the bytes (Duplicate) while they are pinned: it must not keep a pointer into a managed array.
        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        try
        {
            _blob = new Blob(pinned.AddrOfPinnedObject(), data.Length, MemoryMode.Duplicate);
        }
        finally
        {
            pinned.Free();
        }

        _face = new Face(_blob, 0);
        UnitsPerEm = _face.UnitsPerEm;
        Shaper = new HbFont(_face);
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
    }

    public string Path { get; }

    public SKTypeface Typeface { get; }

    public HbFont Shaper { get; }

    public int UnitsPerEm { get; }

    /// <summary>The face of <paramref name="data"/>, or null when Skia cannot read it as a font.</summary>
    public static CoverFace? Load(string path, byte[] data)
    {
        using var skData = SKData.CreateCopy(data);
        var typeface = SKTypeface.FromData(skData);
        return typeface is null ? null : new CoverFace(path, typeface, data);
    }

    /// <summary>True when the cmap maps <paramref name="codePoint"/> to a real glyph (not .notdef).</summary>
    public bool Covers(int codePoint) => Shaper.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;

    public void Dispose()
    {
        Shaper.Dispose();
        _face.Dispose();
        _blob.Dispose();
        Typeface.Dispose();
    }
}
