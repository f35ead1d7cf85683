using System.Collections.Immutable;

namespace Publish.Typesetting.Shaping;

/// <summary>
/// A shaped word (or other unbreakable piece). Immutable and shared through the shaper's cache, so a layout
/// may reference it from many lines. Invariants: glyph clusters are non-decreasing; <see cref="Width"/> is the
/// sum of advances; <see cref="BaselineShift"/> (points, positive = up) is non-zero only for synthesized superscripts.
/// </summary>
public sealed class ShapedText
{
    private readonly double[] _prefixWidths;
    private string[]? _clusterTexts;

    public ShapedText(string text, ImmutableArray<ShapedGlyph> glyphs, double glyphSize, double baselineShift,
        double ascent, double descent, ImmutableArray<int> missingCodePoints, bool isRightToLeft = false)
    {
        IsRightToLeft = isRightToLeft;
        Text = text;
        Glyphs = glyphs;
        GlyphSize = glyphSize;
        BaselineShift = baselineShift;
        Ascent = ascent;
        Descent = descent;
        MissingCodePoints = missingCodePoints;
        _prefixWidths = new double[glyphs.Length + 1];
        for (int i = 0; i < glyphs.Length; i++)
        {
            _prefixWidths[i + 1] = _prefixWidths[i] + glyphs[i].Advance;
        }
    }

    public string Text { get; }

    /// <summary>
    /// Shaped right to left (HarfBuzz direction RTL): <see cref="Glyphs"/> are still in logical order, so breaks,
    /// widths and cluster texts work as for left-to-right text, and are drawn last glyph first (HarfBuzz's own
    /// visual order, with its offsets, joining forms and mirrored brackets).
    /// </summary>
    public bool IsRightToLeft { get; }

    public ImmutableArray<ShapedGlyph> Glyphs { get; }

    /// <summary>The size the glyphs are drawn at (smaller than the nominal size for a synthesized superscript).</summary>
    public double GlyphSize { get; }

    public double BaselineShift { get; }

    /// <summary>Height above the baseline (points, positive), shift included.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline (points, positive).</summary>
    public double Descent { get; }

    /// <summary>Code points no face of the chain has (drawn as .notdef), in order of first occurrence.</summary>
    public ImmutableArray<int> MissingCodePoints { get; }

    public double Width => _prefixWidths[^1];

    /// <summary>Advance width of glyphs [start, end).</summary>
    public double WidthOf(int startGlyph, int endGlyph) => _prefixWidths[endGlyph] - _prefixWidths[startGlyph];

    /// <summary>
    /// The glyph index where a cluster starts exactly at UTF-16 index <paramref name="charIndex"/>; false when
    /// that index falls inside a cluster (a ligature or a decomposed accent), where no break may go.
    /// </summary>
    public bool TryGetGlyphAtClusterStart(int charIndex, out int glyphIndex) => TryGetGlyphAtClusterStart(charIndex, 0, out glyphIndex);

    /// <summary>
    /// As <see cref="TryGetGlyphAtClusterStart(int, out int)"/>, searching from glyph <paramref name="fromGlyph"/>:
    /// clusters of left-to-right text never decrease, so a caller walking break points in order passes the last
    /// glyph it found and the whole walk stays linear (a 50,000-character token has 50,000 last-resort breaks).
    /// </summary>
    public bool TryGetGlyphAtClusterStart(int charIndex, int fromGlyph, out int glyphIndex)
    {
        if (charIndex >= Text.Length)
        {
            glyphIndex = Glyphs.Length;
            return true;
        }

        for (int i = Math.Max(0, fromGlyph); i < Glyphs.Length; i++)
        {
            var cluster = Glyphs[i].Cluster;
            if (cluster == charIndex && (i == 0 || Glyphs[i - 1].Cluster != charIndex))
            {
                glyphIndex = i;
                return true;
            }

            if (cluster > charIndex)
            {
                break;
            }
        }

        glyphIndex = -1;
        return false;
    }

    /// <summary>What glyph <paramref name="index"/> extracts as: its cluster's text on the first glyph, else empty (see remarks below).</summary>
    public string ClusterTextOf(int index)
    {
        // Computed once per shaped text: cached texts are set on many lines.
        _clusterTexts ??= [.. Enumerable.Range(0, Glyphs.Length).Select(ComputeClusterText)];
        return _clusterTexts[index];
    }

    /// <remarks>
    /// A cluster of as many glyphs as characters (a letter and its mark, as an Arabic letter with its damma) gives each
    /// glyph one character, in order, so every glyph extracts as something (MuPDF shows U+FFFD for a glyph with no
    /// ToUnicode entry); any other cluster gives all its text to its first glyph (a ligature "ﬁ" → "fi").
    /// </remarks>
    private string ComputeClusterText(int index)
    {
        var cluster = Glyphs[index].Cluster;
        var first = index;
        while (first > 0 && Glyphs[first - 1].Cluster == cluster)
        {
            first--;
        }

        var last = index;
        while (last + 1 < Glyphs.Length && Glyphs[last + 1].Cluster == cluster)
        {
            last++;
        }

        var next = last + 1 < Glyphs.Length ? Glyphs[last + 1].Cluster : Text.Length;
        if (next <= cluster)
        {
            return string.Empty;
        }

        if (last > first && next - cluster == last - first + 1 && !Text.AsSpan(cluster, next - cluster).ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return Text.Substring(cluster + index - first, 1);
        }

        return index == first ? Text[cluster..next] : string.Empty;
    }
}
