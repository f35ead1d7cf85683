using System.Runtime.InteropServices;
using HarfBuzzSharp;
using Publish.Model.Input;
using Publish.Typesetting.Frames;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbFont = HarfBuzzSharp.Font;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// One font file, loaded once per build: the HarfBuzz font (scale = units per em, so shaped advances are in
/// font units), its cmap coverage, and the <see cref="FontResource"/> every glyph run set in it shares.
/// Shaping through <see cref="HbFont"/> is safe from several threads; each call uses its own buffer.
/// </summary>
public sealed class ShapingFace : IDisposable
{
    private const byte Unknown = 0, Covered = 1, NotCovered = 2;

    private readonly Blob _blob;

    /// <summary>
    /// Per character of the Basic Multilingual Plane, whether the face has a glyph for it (<see cref="Unknown"/>
    /// until first asked). Shaping a word asks for each of its characters through a native call; typesetters on
    /// several threads share the face and may fill an entry at once, harmlessly: they write the same answer.
    /// </summary>
    private readonly byte[] _bmpCoverage = new byte[0x10000];
    private readonly Face _face;
    private readonly Lazy<bool> _hasSuperscriptDigits;

    /// <summary>A synthesized face's natives belong to its real face, which disposes them.</summary>
    private readonly bool _borrowed;

    private ShapingFace(string path, byte[] data)
    {
        Path = path;
        // From the bytes already read (one read, through InputFile), not the path again: the file could have been
        // swapped in between for another font, a FIFO or a device.
        // HarfBuzz copies them (Duplicate) while they are pinned; Blob.FromStream would keep a pointer into a managed
        // array the GC may move (garbage metrics, a crash).
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
        if (_face.GlyphCount <= 1)
        {
            // The style loader refuses such files (FontFileChecker); one replaced after the style was loaded
            // must still stop with a message rather than set a book of .notdef boxes.
            _face.Dispose();
            _blob.Dispose();
            throw new InvalidDataException($"{path}: HarfBuzz reads no glyphs from this font file; it is not a font or it is damaged");
        }

        UnitsPerEm = _face.UnitsPerEm;
        HbFont = new HbFont(_face);
        HbFont.SetScale(UnitsPerEm, UnitsPerEm);
        var postScriptName = OpenTypeTableReader.ReadPostScriptName(data) ?? System.IO.Path.GetFileNameWithoutExtension(path);
        var metrics = OpenTypeTableReader.ReadMetrics(data, postScriptName);
        // Advances are copied out now: the resource outlives this face (the PDF writer runs after layout has
        // disposed its fonts), so it must not call into native HarfBuzz objects.
        var advances = new int[_face.GlyphCount];
        for (var glyph = 0; glyph < advances.Length; glyph++)
        {
            advances[glyph] = HbFont.GetHorizontalGlyphAdvance((uint)glyph);
        }

        Resource = new FontResource(postScriptName, data, 0, OpenTypeTableReader.HasTable(data, "CFF "), UnitsPerEm, metrics,
            glyph => glyph < advances.Length ? advances[glyph] : 0)
        {
            SpaceGlyph = HbFont.TryGetNominalGlyph(0x20, out var space) && space != 0 ? (ushort)space : null,
        };
        _hasSuperscriptDigits = new Lazy<bool>(ProbeSuperscriptDigits);
    }

    /// <summary>
    /// A synthesized face over <paramref name="real"/>'s font: the same shaping, coverage and metrics, drawn through
    /// a <see cref="FontResource.Synthesized"/> resource. It owns nothing: <paramref name="real"/> keeps the natives.
    /// </summary>
    private ShapingFace(ShapingFace real, double slant, double emboldening)
    {
        Path = real.Path;
        _blob = real._blob;
        _bmpCoverage = real._bmpCoverage;
        _face = real._face;
        _hasSuperscriptDigits = real._hasSuperscriptDigits;
        UnitsPerEm = real.UnitsPerEm;
        HbFont = real.HbFont;
        Resource = real.Resource.Synthesized(slant, emboldening);
        _borrowed = true;
    }

    public string Path { get; }

    public int UnitsPerEm { get; }

    public FontResource Resource { get; }

    internal HbFont HbFont { get; }

    /// <summary>Whether <c>sups</c> gives every digit 0–9 a glyph of its own (else note markers are synthesized).</summary>
    public bool HasSuperscriptDigits => _hasSuperscriptDigits.Value;

    /// <summary>
    /// Loads a font file: a regular file within the font size limit, opened without blocking (the style loader
    /// checked it, but it may have been swapped since); an <see cref="InputFileException"/> otherwise.
    /// </summary>
    public static ShapingFace Load(string path) => new(path, InputFile.ReadAllBytes(path, InputFileLimits.MaxFontBytes, "font file"));

    /// <summary>A face of the build's <paramref name="files"/>: the bytes other stages read from the same store, not the file again.</summary>
    public static ShapingFace Load(string path, FontFileStore files) => new(path, files.Read(path));

    /// <summary>True when the cmap maps <paramref name="codePoint"/> to a real glyph (not .notdef).</summary>
    public bool HasGlyph(int codePoint)
    {
        if ((uint)codePoint >= (uint)_bmpCoverage.Length)
        {
            return HbFont.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;
        }

        var known = Volatile.Read(ref _bmpCoverage[codePoint]);
        if (known == Unknown)
        {
            known = HbFont.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0 ? Covered : NotCovered;
            Volatile.Write(ref _bmpCoverage[codePoint], known);
        }

        return known == Covered;
    }

    /// <summary>Ascender and descender (descender negative) in points at <paramref name="size"/>.</summary>
    public (double Ascent, double Descent) VerticalExtent(double size) =>
        (Resource.Metrics.Ascender * size / UnitsPerEm, Resource.Metrics.Descender * size / UnitsPerEm);

    /// <summary>This face slanted and/or thickened (see <see cref="SyntheticStyle"/>); the caller disposes this face, not the result.</summary>
    public ShapingFace Synthesized(SyntheticStyle style) => new(this, style.Slant, style.Emboldening);

    public void Dispose()
    {
        if (_borrowed)
        {
            return;
        }

        HbFont.Dispose();
        _face.Dispose();
        _blob.Dispose();
    }

    private bool ProbeSuperscriptDigits()
    {
        const string digits = "0123456789";
        var plain = ShapeGlyphIds(digits, []);
        var raised = ShapeGlyphIds(digits, [Feature.Parse("sups")]);
        if (plain.Length != digits.Length || raised.Length != digits.Length)
        {
            return false;
        }

        for (int i = 0; i < plain.Length; i++)
        {
            if (plain[i] == raised[i] || raised[i] == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="feature"/> (<c>sups</c>, <c>subs</c>, <c>smcp</c>) gives every character of
    /// <paramref name="text"/> but spaces a glyph other than its default one: only then is the feature's form used
    /// for the whole text, so a superscript never mixes designed superiors with scaled letters.
    /// </summary>
    public bool HasFormsFor(string text, Feature feature)
    {
        var plain = ShapeGlyphIds(text, []);
        var featured = ShapeGlyphIds(text, [feature]);
        if (plain.Length != featured.Length || plain.Length == 0)
        {
            return false;
        }

        var changed = false;
        for (var i = 0; i < plain.Length; i++)
        {
            if (featured[i] == 0 || (plain[i] == featured[i] && i < text.Length && !char.IsWhiteSpace(text[i])))
            {
                return false;
            }

            changed = true;
        }

        return changed;
    }

    private uint[] ShapeGlyphIds(string text, Feature[] features)
    {
        using var buffer = new HbBuffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        HbFont.Shape(buffer, features);
        return [.. buffer.GetGlyphInfoSpan().ToArray().Select(info => info.Codepoint)];
    }
}
