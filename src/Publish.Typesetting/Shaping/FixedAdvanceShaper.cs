using System.Collections.Immutable;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Shaping;

/// <summary>
/// A shaper without font files for layout tests: every character is one glyph (id = UTF-16 code unit) of
/// <see cref="Advance"/> em, the space <see cref="SpaceAdvance"/> em. Superscripts are always synthesized
/// (60 % size, raised by a third of an em). Characters in <c>missing</c> shape to .notdef and are reported.
/// </summary>
public sealed class FixedAdvanceShaper : IShaper
{
    private readonly HashSet<char> _missing;

    public FixedAdvanceShaper(double advance = 0.5, double spaceAdvance = 0.25, IEnumerable<char>? missing = null)
    {
        Advance = advance;
        SpaceAdvance = spaceAdvance;
        _missing = [.. missing ?? []];
        Font = new FontResource("FixedAdvance-Test", ReadOnlyMemory<byte>.Empty, 0, false, 1000,
            new FontMetrics(800, -200, 700, 500, 0, -200, 1000, 800, 0, true, false, false, true),
            _ => (int)(advance * 1000));
    }

    public double Advance { get; }

    public double SpaceAdvance { get; }

    public FontResource Font { get; }

    public ShapedText Shape(ReadOnlySpan<char> text, RunStyle style)
    {
        var superscript = (style.Features & TypographicFeatures.Superscript) != 0;
        var size = superscript ? style.Size * 0.6 : style.Size;
        var shift = superscript ? style.Size / 3 : 0;
        var glyphs = ImmutableArray.CreateBuilder<ShapedGlyph>(text.Length);
        var missing = ImmutableArray.CreateBuilder<int>();
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isMissing = _missing.Contains(c);
            if (isMissing && !missing.Contains(c))
            {
                missing.Add(c);
            }

            var advance = (c == ' ' ? SpaceAdvance : Advance) * size;
            glyphs.Add(new ShapedGlyph(Font, isMissing ? (ushort)0 : c, i, advance, 0, 0));
        }

        return new ShapedText(text.ToString(), glyphs.MoveToImmutable(), size, shift, (0.8 * size) + shift, 0.2 * size,
            missing.ToImmutable(), style.Direction == Bidi.BidiDirection.RightToLeft);
    }
}
