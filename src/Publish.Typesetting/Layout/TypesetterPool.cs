using Publish.Styles;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Hyphenation;
using Publish.Typesetting.Paragraphs;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Layout;

/// <summary>
/// One paragraph typesetter per font family of the house style, created on first use, so a character the
/// serif lacks can still come from the sans. Each family's chain continues with the style's
/// <c>font-fallback</c> families. A pool belongs to one thread (shapers cache words); pools of one layout run
/// share the font faces (so every glyph run names the same <c>FontResource</c> whichever thread set it) and
/// the hyphenation patterns, both thread-safe.
/// </summary>
internal sealed class TypesetterPool : IDisposable
{
    private readonly HouseStyle _style;
    private readonly FontLibrary _fonts;
    private readonly HyphenationCatalog? _hyphenation;
    private readonly MissingGlyphReporter _missing;
    private readonly LineBreakOptions _lineBreaking;
    private readonly Dictionary<string, (FontSet Fonts, HarfBuzzShaper Shaper, ParagraphTypesetter Typesetter)> _families = new(StringComparer.Ordinal);

    /// <param name="ledger">The manuscript's missing characters: what the pool's typesetters set themselves (the footer) reports each once.</param>
    public TypesetterPool(HouseStyle style, FontLibrary fonts, HyphenationCatalog? hyphenation, MissingGlyphLedger ledger)
    {
        _style = style;
        _fonts = fonts;
        _hyphenation = hyphenation;
        _missing = MissingGlyphReporter.ForManuscript(ledger);
        _lineBreaking = LineBreakOptions.For(style);
    }

    /// <summary>The style's hyphenators, or null when it sets text without hyphenation.</summary>
    public static HyphenationCatalog? HyphenationFor(HouseStyle style) =>
        style.Hyphenation.Enabled ? new HyphenationCatalog(style.Hyphenation) : null;

    public HyphenationCatalog? Hyphenation => _hyphenation;

    public ParagraphTypesetter For(string family)
    {
        if (!_families.TryGetValue(family, out var entry))
        {
            var files = WithSynthesis(Files(_style.Fonts[family]), _style.Fonts[family]);
            // Code is set in the code role's face (text.code.face), imitated as any face its family lacks.
            var code = _style.Fonts[_style.Text.Code.Family];
            var mono = code.FileFor(_style.Text.Code.Face);
            var monoSynthesis = SyntheticStyle.For(_style.Text.Code.Face, code.AvailableFace(_style.Text.Code.Face));
            var fallbacks = _style.FontFallback
                .Where(f => !string.Equals(f, family, StringComparison.Ordinal))
                .Select(f => Files(_style.Fonts[f]))
                .ToList();
            var fonts = FontSet.LoadPerVariant(_fonts, files, mono, fallbacks, monoSynthesis);
            var shaper = new HarfBuzzShaper(fonts);
            entry = (fonts, shaper, new ParagraphTypesetter(shaper, _hyphenation, _lineBreaking, _missing, _style.Microtype));
            _families.Add(family, entry);
        }

        return entry.Typesetter;
    }

    private static TypefaceFiles Files(Styles.FontFamilyDefinition definition) => new(
        definition.FileFor(Styles.FontFace.Regular),
        definition.FileFor(Styles.FontFace.Italic),
        definition.FileFor(Styles.FontFace.Bold),
        definition.FileFor(Styles.FontFace.BoldItalic));

    /// <summary>The faces the family lacks, imitated with the faces that stand in for them (the style loader warned, PUB2048).</summary>
    private static TypefaceFiles WithSynthesis(TypefaceFiles files, Styles.FontFamilyDefinition definition) => files with
    {
        ItalicSynthesis = SyntheticStyle.For(Styles.FontFace.Italic, definition.AvailableFace(Styles.FontFace.Italic)),
        BoldSynthesis = SyntheticStyle.For(Styles.FontFace.Bold, definition.AvailableFace(Styles.FontFace.Bold)),
        BoldItalicSynthesis = SyntheticStyle.For(Styles.FontFace.BoldItalic, definition.AvailableFace(Styles.FontFace.BoldItalic)),
    };

    public void Dispose()
    {
        foreach (var (fonts, shaper, _) in _families.Values)
        {
            shaper.Dispose();
            fonts.Dispose();
        }
    }
}
