using Publish.Typesetting.Fonts;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Tests;

public sealed class FontAndShapingTests
{
    [Fact]
    public void A_face_reads_its_name_metrics_and_outline_format_from_the_file()
    {
        var regular = ShippedFonts.SerifOnly.ChainFor(FontVariant.Regular).Primary.Resource;
        var italic = ShippedFonts.SerifOnly.ChainFor(FontVariant.Italic).Primary.Resource;
        var mono = ShippedFonts.SerifOnly.ChainFor(FontVariant.Mono).Primary.Resource;

        Assert.Equal("NotoSerif-Regular", regular.PostScriptName);
        Assert.False(regular.IsCff);
        Assert.Equal(1000, regular.UnitsPerEm);
        Assert.True(regular.Metrics.Ascender > 0 && regular.Metrics.Descender < 0);
        Assert.InRange(regular.Metrics.CapHeight, 600, 800);
        Assert.InRange(regular.Metrics.XHeight, 400, 600);
        Assert.True(regular.Metrics.IsSerif);
        Assert.False(regular.Metrics.IsItalic);
        Assert.True(italic.Metrics.IsItalic);
        Assert.True(italic.Metrics.ItalicAngle < 0);
        Assert.True(mono.Metrics.IsFixedPitch);
        Assert.False(regular.Metrics.IsFixedPitch);
        Assert.Equal(File.ReadAllBytes(ShippedFonts.Serif.Regular).Length, regular.Data.Length);
    }

    [Fact]
    public void Kerning_is_on_by_default()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var style = new RunStyle(FontVariant.Regular, 10);

        var pair = shaper.Shape("AV", style).Width;
        var apart = shaper.Shape("A", style).Width + shaper.Shape("V", style).Width;

        Assert.True(pair < apart - 0.1, $"AV {pair} vs A+V {apart}");
    }

    [Fact]
    public void Ligatures_keep_their_source_characters_for_extraction()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var shaped = shaper.Shape("official fluffy", new RunStyle(FontVariant.Regular, 10));

        Assert.True(shaped.Glyphs.Length < "official fluffy".Length, "expected at least one ligature");
        var texts = Enumerable.Range(0, shaped.Glyphs.Length).Select(shaped.ClusterTextOf).ToList();
        Assert.Equal("official fluffy", string.Concat(texts));
        Assert.Contains(texts, t => t.Length > 1);
    }

    [Fact]
    public void A_note_marker_is_raised_by_sups_or_synthesized()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var face = ShippedFonts.SerifOnly.ChainFor(FontVariant.Regular).Primary;
        var plain = shaper.Shape("12", new RunStyle(FontVariant.Regular, 10));
        var marker = shaper.Shape("12", new RunStyle(FontVariant.Regular, 10, TypographicFeatures.Superscript));

        if (face.HasSuperscriptDigits)
        {
            Assert.Equal(10, marker.GlyphSize);
            Assert.NotEqual(plain.Glyphs[0].GlyphId, marker.Glyphs[0].GlyphId);
        }
        else
        {
            Assert.True(marker.GlyphSize < 10);
            Assert.True(marker.BaselineShift > 0);
        }

        Assert.True(marker.Width < plain.Width);
    }

    [Fact]
    public void A_missing_character_falls_back_along_the_chain_and_else_is_notdef()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifWithFallbacks);
        var chain = ShippedFonts.SerifWithFallbacks.ChainFor(FontVariant.Regular);
        var mono = chain.Faces[^1];
        Assert.False(chain.Primary.HasGlyph('┼'));
        Assert.True(mono.HasGlyph('┼'));

        var shaped = shaper.Shape("a┼b\U0001F600", new RunStyle(FontVariant.Regular, 10));

        Assert.Same(chain.Primary.Resource, shaped.Glyphs[0].Font);
        Assert.Same(mono.Resource, shaped.Glyphs[1].Font);
        Assert.NotEqual(0, shaped.Glyphs[1].GlyphId);
        Assert.Same(chain.Primary.Resource, shaped.Glyphs[2].Font);
        Assert.Equal(0, shaped.Glyphs[^1].GlyphId);
        Assert.Equal([0x1F600], shaped.MissingCodePoints.ToArray());
        Assert.Equal("\U0001F600", shaped.ClusterTextOf(shaped.Glyphs.Length - 1));
    }

    [Fact]
    public void Shaped_words_are_cached_per_style()
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var a = shaper.Shape("Karabakh", new RunStyle(FontVariant.Regular, 11));
        var b = shaper.Shape("Karabakh".AsSpan(), new RunStyle(FontVariant.Regular, 11));
        var c = shaper.Shape("Karabakh", new RunStyle(FontVariant.Italic, 11));

        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.NotSame(a.Glyphs[0].Font, c.Glyphs[0].Font);
    }

    [Fact]
    public void A_library_shares_one_resource_per_file_across_font_sets()
    {
        using var library = new FontLibrary();
        var serif = FontSet.Load(library, ShippedFonts.Serif, ShippedFonts.Mono, [ShippedFonts.Sans.Regular]);
        var sans = FontSet.Load(library, ShippedFonts.Sans, ShippedFonts.Mono, []);

        Assert.Same(serif.ChainFor(FontVariant.Regular).Faces[1], sans.ChainFor(FontVariant.Regular).Primary);
        Assert.Same(serif.ChainFor(FontVariant.Mono).Primary.Resource, sans.ChainFor(FontVariant.Mono).Primary.Resource);
        Assert.Equal(2, serif.ChainFor(FontVariant.Bold).Faces.Length);
    }

    [Theory]
    [InlineData(TypographicFeatures.SmallCaps, "Karabakh")]
    [InlineData(TypographicFeatures.OldStyleFigures, "1992")]
    public void OpenType_features_switch_on_per_run(TypographicFeatures feature, string text)
    {
        using var shaper = new HarfBuzzShaper(ShippedFonts.SerifOnly);
        var plain = shaper.Shape(text, new RunStyle(FontVariant.Regular, 10));
        var featured = shaper.Shape(text, new RunStyle(FontVariant.Regular, 10, feature));

        Assert.NotEqual(plain.Glyphs.Select(g => g.GlyphId), featured.Glyphs.Select(g => g.GlyphId));
        Assert.Equal(text, string.Concat(Enumerable.Range(0, featured.Glyphs.Length).Select(featured.ClusterTextOf)));
    }
}
