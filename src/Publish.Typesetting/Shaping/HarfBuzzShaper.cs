using System.Collections.Immutable;
using System.Text;
using HarfBuzzSharp;
using Publish.Typesetting.Fonts;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Publish.Typesetting.Shaping;

/// <summary>
/// Shapes with HarfBuzz over a <see cref="FontSet"/>'s fallback chains. Kerning and standard ligatures are
/// HarfBuzz defaults; <see cref="TypographicFeatures"/> add <c>smcp</c>/<c>onum</c>/<c>lnum</c>/<c>sups</c>.
/// Each character goes to the first face of the chain that has it; runs of one face are shaped together
/// with the whole text as context, so clusters stay UTF-16 indices of the text. A style with a direction shapes in
/// it (right to left: Arabic joins, marks attach, brackets mirror, UAX #9 rule L4); its glyphs are kept in logical
/// order (see <see cref="ShapedText.IsRightToLeft"/>).
/// Results are cached per style and text (a book repeats its words), which is what makes layout fast.
/// Thread-safe: one lock around the cache and the reused buffer.
/// </summary>
public sealed class HarfBuzzShaper : IShaper, IDisposable
{
    /// <summary>Synthesized superscripts: size relative to the nominal size, and raise in ems of the nominal size.</summary>
    private const double SyntheticSuperscriptScale = 0.62;
    private const double SyntheticSuperscriptRaise = 0.36;

    /// <summary>Synthesized subscripts: the superscript's size, lowered by 0.15 em (about where designed inferiors sit).</summary>
    private const double SyntheticSubscriptDrop = 0.15;

    /// <summary>
    /// Synthesized small capitals: a lower-case letter is set as its capital at this share of the size, about the
    /// x-height over the cap height of a book face (0.78 is what LaTeX's \textsc fakes and browsers use).
    /// </summary>
    private const double SyntheticSmallCapsScale = 0.78;

    /// <summary>
    /// Letterspacing of capitals in display type, in ems: Bringhurst (3.2.2) asks 5–10 % of the size for runs of
    /// capitals, whose shapes were drawn to stand beside lower case and crowd each other without it. The low end: at
    /// 20 pt it opens 1.2 pt between letters, well under the 2 pt a text extractor takes for a word space.
    /// </summary>
    internal const double CapitalsTracking = 0.06;

    private static readonly Feature SmallCaps = Feature.Parse("smcp");
    private static readonly Feature OldStyle = Feature.Parse("onum");
    private static readonly Feature Lining = Feature.Parse("lnum");
    private static readonly Feature Superior = Feature.Parse("sups");
    private static readonly Feature Inferior = Feature.Parse("subs");

    private readonly FontSet _fonts;
    private readonly Dictionary<RunStyle, Dictionary<string, ShapedText>> _cache = [];
    private readonly HbBuffer _buffer = new();
    private readonly Lock _lock = new();
    private readonly Language _language;
    private readonly bool _dottedCapitalI;

    /// <param name="fonts">The style's faces.</param>
    /// <param name="language">
    /// The document's BCP 47 language, given to HarfBuzz for language-specific forms (<c>locl</c>, Turkish
    /// small-cap i). Set explicitly so that shaping never depends on the machine's locale.
    /// </param>
    public HarfBuzzShaper(FontSet fonts, string language = "en")
    {
        _fonts = fonts;
        _language = new Language(string.IsNullOrWhiteSpace(language) ? "en" : language);
        _dottedCapitalI = language.StartsWith("tr", StringComparison.OrdinalIgnoreCase) || language.StartsWith("az", StringComparison.OrdinalIgnoreCase);
    }

    public int CachedTexts
    {
        get
        {
            lock (_lock)
            {
                return _cache.Values.Sum(c => c.Count);
            }
        }
    }

    public ShapedText Shape(ReadOnlySpan<char> text, RunStyle style)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(style, out var perStyle))
            {
                perStyle = new Dictionary<string, ShapedText>(StringComparer.Ordinal);
                _cache.Add(style, perStyle);
            }

            var lookup = perStyle.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var cached))
            {
                return cached;
            }

            var key = text.ToString();
            var shaped = ShapeUncached(key, style);
            perStyle.Add(key, shaped);
            return shaped;
        }
    }

    public void Dispose() => _buffer.Dispose();

    private ShapedText ShapeUncached(string text, RunStyle style)
    {
        var chain = _fonts.ChainFor(style.Variant);
        var wantsSuperscript = (style.Features & TypographicFeatures.Superscript) != 0;
        var wantsSubscript = !wantsSuperscript && (style.Features & TypographicFeatures.Subscript) != 0;
        var designed = wantsSuperscript
            ? (IsDigits(text) ? chain.Primary.HasSuperscriptDigits : chain.Primary.HasFormsFor(text, Superior))
            : wantsSubscript && chain.Primary.HasFormsFor(text, Inferior);
        var synthesize = (wantsSuperscript || wantsSubscript) && !designed;
        var requested = style.Features;
        var shapingText = text;
        var glyphSize = synthesize ? style.Size * SyntheticSuperscriptScale : style.Size;
        if ((requested & TypographicFeatures.SmallCaps) != 0 && IsLowerCase(text) && !chain.Primary.HasFormsFor(text, SmallCaps))
        {
            // No designed small capitals: the capitals, smaller. The shaped text keeps the letters as written, so
            // the text layer reads "Atatürk", not "ATATÜRK" (clusters index both alike: the case map is one to one).
            shapingText = UpperCase(text);
            glyphSize *= SyntheticSmallCapsScale;
            requested &= ~TypographicFeatures.SmallCaps;
        }

        var shift = !synthesize ? 0 : wantsSuperscript ? style.Size * SyntheticSuperscriptRaise : -style.Size * SyntheticSubscriptDrop;
        var features = Features(requested, useSups: wantsSuperscript && designed, useSubs: wantsSubscript && designed);

        var glyphs = ImmutableArray.CreateBuilder<ShapedGlyph>(text.Length);
        var missing = ImmutableArray.CreateBuilder<int>();
        var ascent = 0.0;
        var descent = 0.0;
        int runStart = 0;
        var rightToLeft = false;
        ShapingFace? runFace = null;
        for (int i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var face = chain.FaceFor(rune.Value);
            if (face is null)
            {
                if (!missing.Contains(rune.Value) && !IsIgnorable(rune.Value))
                {
                    missing.Add(rune.Value);
                }

                // Combining marks and the like stay with the run they follow; .notdef comes from the current face.
                face = runFace ?? chain.Primary;
            }

            if (runFace is not null && !ReferenceEquals(face, runFace))
            {
                rightToLeft |= ShapeRun(shapingText, runStart, i - runStart, runFace, glyphSize, features, style.Direction, glyphs);
                runStart = i;
            }

            runFace = face;
            i += rune.Utf16SequenceLength;
        }

        if (runFace is not null)
        {
            rightToLeft |= ShapeRun(shapingText, runStart, text.Length - runStart, runFace, glyphSize, features, style.Direction, glyphs);
        }

        if ((requested & TypographicFeatures.LetterSpacedCapitals) != 0)
        {
            // Every glyph that advances takes the tracking after it (a combining mark, advancing nothing, takes none).
            var tracking = CapitalsTracking * glyphSize;
            for (var g = 0; g < glyphs.Count; g++)
            {
                if (glyphs[g].Advance > 0)
                {
                    glyphs[g] = glyphs[g] with { Advance = glyphs[g].Advance + tracking };
                }
            }
        }

        foreach (var face in chain.Faces.Where(f => f == chain.Primary || glyphs.Any(g => ReferenceEquals(g.Font, f.Resource))))
        {
            var (a, d) = face.VerticalExtent(glyphSize);
            ascent = Math.Max(ascent, a + shift);
            descent = Math.Max(descent, -d - shift);
        }

        return new ShapedText(text, glyphs.ToImmutable(), glyphSize, shift, ascent, Math.Max(0, descent), missing.ToImmutable(), rightToLeft);
    }

    /// <returns>True when the run was shaped right to left (its glyphs were added in logical order).</returns>
    private bool ShapeRun(string text, int start, int length, ShapingFace face, double size, Feature[] features,
        Bidi.BidiDirection? direction, ImmutableArray<ShapedGlyph>.Builder output)
    {
        _buffer.ClearContents();
        _buffer.AddUtf16(text.AsSpan(), start, length);
        _buffer.Language = _language;
        if (direction is { } given)
        {
            // Set before guessing: GuessSegmentProperties only fills what is unset (the script, here).
            _buffer.Direction = given == Bidi.BidiDirection.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        }

        _buffer.GuessSegmentProperties();
        var rightToLeft = _buffer.Direction == Direction.RightToLeft;
        face.HbFont.Shape(_buffer, features);
        var infos = _buffer.GetGlyphInfoSpan();
        var positions = _buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;

        // A synthesized bold is drawn with a stroke of this width around each outline (ContentStreamBuilder: "w 2 Tr"),
        // which widens every glyph by the whole width (half on each side): the advance grows by as much, as FreeType's
        // FT_GlyphSlot_Embolden widens it, or neighbouring letters and the words after them would touch (issue 18).
        var widening = face.Resource.Emboldening * size;
        for (int k = 0; k < infos.Length; k++)
        {
            // HarfBuzz gives right-to-left glyphs in visual order (clusters decreasing); they are stored logically.
            var i = rightToLeft ? infos.Length - 1 - k : k;
            var info = infos[i];
            var position = positions[i];
            var advance = position.XAdvance * scale;
            output.Add(new ShapedGlyph(face.Resource, (ushort)info.Codepoint, (int)info.Cluster,
                advance > 0 ? advance + widening : advance, position.XOffset * scale, -position.YOffset * scale));
        }

        return rightToLeft;
    }

    private static Feature[] Features(TypographicFeatures requested, bool useSups, bool useSubs)
    {
        var list = new List<Feature>(4);
        if ((requested & TypographicFeatures.SmallCaps) != 0)
        {
            list.Add(SmallCaps);
        }

        if ((requested & TypographicFeatures.OldStyleFigures) != 0)
        {
            list.Add(OldStyle);
        }

        if ((requested & TypographicFeatures.LiningFigures) != 0)
        {
            list.Add(Lining);
        }

        if (useSups)
        {
            list.Add(Superior);
        }

        if (useSubs)
        {
            list.Add(Inferior);
        }

        return [.. list];
    }

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private static bool IsLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>Capitals one character for one (so clusters still index the text as written); Turkish and Azerbaijani dotted i → İ.</summary>
    private string UpperCase(string text)
    {
        var dotted = _dottedCapitalI;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = dotted && source[i] == 'i' ? '\u0130' : char.ToUpperInvariant(source[i]);
            }
        });
    }

    /// <summary>Format controls (ZWJ, soft hyphen, …) have no glyph by design; their absence is not worth a warning.</summary>
    private static bool IsIgnorable(int codePoint) =>
        Rune.GetUnicodeCategory(new Rune(codePoint)) == System.Globalization.UnicodeCategory.Format;
}
