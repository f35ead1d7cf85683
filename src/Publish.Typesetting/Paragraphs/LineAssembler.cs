using System.Runtime.InteropServices;
using System.Collections.Immutable;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Sets the chosen lines: glue gets its natural width plus ratio × stretch (or shrink, never below −1), each
/// space keeps its space glyph (so extraction finds the words), a hyphen is drawn at a hyphenation break, and
/// glyphs are grouped into runs of one font, size and baseline shift. Struck text gets a rule through it, a span
/// with an id a destination where it begins.
/// </summary>
internal static class LineAssembler
{
    /// <summary>A strike's thickness in ems of its text: the shipped serif's own strikeout size (OS/2 yStrikeoutSize 50/1000).</summary>
    private const double StrikeThickness = 0.05;

    /// <summary>Without an x-height in the font, the strike sits this many ems above the baseline (half a typical x-height).</summary>
    private const double FallbackStrikeRise = 0.25;

    /// <param name="glyphs">A reusable buffer for the glyphs of the run being gathered (cleared here).</param>
    /// <param name="runs">A reusable buffer for the line's runs (cleared here).</param>
    /// <param name="arena">Where the runs' glyphs are stored.</param>
    /// <param name="expansion">Above 0 when the line's boxes of text carry font expansion's stretch and shrink (<see cref="Microtype.MicrotypeItems"/>; the larger limit, 0.04 = 4 %); the limits are read back from the boxes.</param>
    public static TypesetLine Assemble(ParagraphItems paragraph, LineBreak lineBreak, double measure, ShapedText strut, List<PositionedGlyph> glyphs, List<LineGlyphRun> runs, GlyphArena arena, double expansion = 0)
    {
        var items = paragraph.Items;
        runs.Clear();
        ImmutableArray<LineLink>.Builder? links = null;
        ImmutableArray<NoteMarker>.Builder? markers = null;
        ImmutableArray<LineRule>.Builder? strikes = null;
        ImmutableArray<LineAnchor>.Builder? anchors = null;
        glyphs.Clear();
        FontResource? runFont = null;
        var runSpan = InlineSpan.None;
        double runSize = 0, runShift = 0, runX = 0;
        double ascent = strut.Ascent, descent = strut.Descent;
        string? linkUri = null;
        var linkWithin = false;
        Model.SourceSpan? linkReference = null;
        var linkSpan = InlineSpan.None;
        var lastBoxStruck = false;
        double linkStart = 0, linkEnd = 0;

        var ratio = lineBreak.Ratio;
        var setRatio = double.IsFinite(ratio) ? Math.Max(ratio, -1) : 0;

        // With font expansion the letters take their share of the line's slack as one scale for the whole line, the glue the rest.
        var scale = 1.0;
        if (expansion > 0 && paragraph.Bidi is null)
        {
            (setRatio, scale) = Microtype.FontExpansion.Share(items, lineBreak);
        }

        double x = 0, inkEnd = 0, spaceStart = -1;

        // The run's glyphs get an array of their own, with room for the word space after the line's last run.
        void FlushRun(PositionedGlyph? wordSpace = null)
        {
            if (runFont is not null && glyphs.Count > 0)
            {
                var length = glyphs.Count + (wordSpace is null ? 0 : 1);
                var (array, start) = arena.Allocate(length);
                glyphs.CopyTo(array, start);
                if (wordSpace is { } space)
                {
                    array[start + length - 1] = space;
                }

                runs.Add(new LineGlyphRun(runFont, runSize, runX, runShift, new PositionedGlyphs(array, start, glyphs.Count))
                {
                    GlyphsWithWordSpace = new PositionedGlyphs(array, start, length),
                    Span = runSpan,
                    HorizontalScale = scale,
                });
            }

            glyphs.Clear();
            runFont = null;
        }

        void FlushLink()
        {
            if (linkUri is not null)
            {
                (links ??= ImmutableArray.CreateBuilder<LineLink>()).Add(linkWithin
                    ? new LineLink(linkStart, linkEnd - linkStart, null) { Span = linkSpan, Destination = linkUri, Reference = linkReference }
                    : new LineLink(linkStart, linkEnd - linkStart, linkUri) { Span = linkSpan });
            }

            linkUri = null;
        }

        // A rule through struck text at half its x-height (ISO/IEC 14496-22 OS/2 sxHeight), in the text's colour; rules of
        // adjacent struck boxes and spaces at one height join into one. The join lives here, not in a general decoration
        // layer, because strikethrough is the only inline decoration drawn as a rule: the model has no underline (links
        // are marked by annotations, not rules). A second rule-drawn decoration would share this join, keyed on its kind.
        void Strike(ItemContent content, double from, double to)
        {
            var shaped = content.Shaped;
            if (to <= from || shaped.Glyphs.Length == 0)
            {
                return;
            }

            var font = shaped.Glyphs[Math.Min(content.GlyphStart, shaped.Glyphs.Length - 1)].Font;
            var xHeight = font.Metrics.XHeight > 0 ? font.Metrics.XHeight * shaped.GlyphSize / font.UnitsPerEm : FallbackStrikeRise * 2 * shaped.GlyphSize;
            var rise = shaped.BaselineShift + (xHeight / 2);
            var thickness = StrikeThickness * shaped.GlyphSize;
            strikes ??= ImmutableArray.CreateBuilder<LineRule>();
            if (strikes.Count > 0 && strikes[^1] is var last && from >= last.X && from - (last.X + last.Width) < 0.01 && Math.Abs(last.Rise - rise) < 0.01 && Math.Abs(last.Thickness - thickness) < 0.01)
            {
                // Touching or overlapping: a protrusion kern inside the line may pull the next box back a little.
                strikes[^1] = last with { Width = Math.Max(last.Width, to - last.X) };
                return;
            }

            strikes.Add(new LineRule(from, to - from, rise, thickness));
        }

        void Draw(ItemContent content, double pen)
        {
            var shaped = content.Shaped;
            // A hyphen added at a break has no piece: it belongs to the word it ends, the run before it.
            var span = content.Piece >= 0 ? SpanOf(paragraph.Pieces, content.Piece) : runSpan;
            var start = pen;
            for (int g = content.GlyphStart; g < content.GlyphEnd; g++)
            {
                // Right-to-left glyphs, kept in logical order, are drawn in that order where HarfBuzz placed them:
                // right of every glyph that follows them in the text.
                if (shaped.IsRightToLeft)
                {
                    pen = start + (shaped.WidthOf(g + 1, content.GlyphEnd) * scale);
                }

                var glyph = shaped.Glyphs[g];
                if (!ReferenceEquals(glyph.Font, runFont) || runSize != shaped.GlyphSize || runShift != shaped.BaselineShift || span != runSpan)
                {
                    FlushRun();
                    runFont = glyph.Font;
                    runSpan = span;
                    runSize = shaped.GlyphSize;
                    runShift = shaped.BaselineShift;
                    runX = pen;
                }

                var text = g == content.GlyphStart && content.FirstGlyphText is not null ? content.FirstGlyphText : shaped.ClusterTextOf(g);
                glyphs.Add(new PositionedGlyph(glyph.GlyphId, pen - runX + (glyph.XOffset * scale), glyph.YOffset, text));
                pen += glyph.Advance * scale;
            }
        }

        void Visit(int i)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case BreakItemKind.Box:
                    if (item.Content >= 0)
                    {
                        var content = paragraph.Contents[item.Content];
                        Draw(content, x);
                        ascent = Math.Max(ascent, content.Shaped.Ascent);
                        descent = Math.Max(descent, content.Shaped.Descent);
                        var piece = paragraph.Pieces[content.Piece];
                        lastBoxStruck = piece.Strikethrough;
                        if (piece.Strikethrough)
                        {
                            Strike(content, x, x + (item.Width * scale));
                        }

                        if (content.Anchor is { } anchor)
                        {
                            (anchors ??= ImmutableArray.CreateBuilder<LineAnchor>()).Add(new LineAnchor(anchor, x));
                        }

                        if (piece.Kind == PieceKind.NoteMarker)
                        {
                            (markers ??= ImmutableArray.CreateBuilder<NoteMarker>()).Add(new NoteMarker(piece.NoteNumber, x, item.Width * scale) { Span = SpanOf(paragraph.Pieces, content.Piece) });
                        }

                        if (piece.Link is null)
                        {
                            FlushLink();
                        }
                        else if (SpanOf(paragraph.Pieces, content.Piece) is var span && span.Key == linkSpan.Key && span.Kind == linkSpan.Kind && linkUri is not null)
                        {
                            // Min and max: on a bidirectional line a link's words may come right to left.
                            linkStart = Math.Min(linkStart, x);
                            linkEnd = Math.Max(linkEnd, x + (item.Width * scale));
                        }
                        else
                        {
                            FlushLink();
                            (linkUri, linkSpan, linkStart, linkEnd) = (piece.Link, span, x, x + (item.Width * scale));
                            (linkWithin, linkReference) = (piece.LinksWithin, piece.Reference);
                        }
                        x += item.Width * scale;
                    }
                    else
                    {
                        // No content: a first-line indent, or the margin kern a protruding glyph starts a line with.
                        x += item.Width;
                    }

                    inkEnd = x;
                    spaceStart = -1;
                    break;
                case BreakItemKind.Glue:
                    // A ragged-right space is several glue items; its glyph goes where the space begins.
                    if (spaceStart < 0)
                    {
                        spaceStart = x;
                    }

                    if (item.Content >= 0)
                    {
                        Draw(paragraph.Contents[item.Content], spaceStart);
                    }

                    x += item.Width + (item.FilStretch ? 0 : setRatio >= 0 ? setRatio * item.Stretch : setRatio * item.Shrink);
                    if (item.Content >= 0 && paragraph.Contents[item.Content] is { Piece: >= 0 } space && paragraph.Pieces[space.Piece].Strikethrough)
                    {
                        // A space inside struck text is struck too: one rule through "old words", not two.
                        Strike(space, spaceStart, x);
                    }

                    break;
                case BreakItemKind.Penalty:
                    if (i == lineBreak.ItemIndex && item.Content >= 0)
                    {
                        // The hyphen added at the break that ends the line. In ragged-right text the break's penalty
                        // comes after the glue that takes the line's slack: what it draws (a hyphen, a break marker)
                        // goes where that glue begins, against the word, not at the margin.
                        x = spaceStart >= 0 ? spaceStart : x;
                        Draw(paragraph.Contents[item.Content], x);
                        if (lastBoxStruck)
                        {
                            Strike(paragraph.Contents[item.Content], x, x + item.Width);
                        }

                        x += item.Width;
                        inkEnd = x;
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Unknown item kind {item.Kind}.");
            }
        }

        var end = items[lineBreak.ItemIndex];
        var hyphenated = end.Kind == BreakItemKind.Penalty && end.Flagged;
        if (paragraph.Bidi is { } bidi)
        {
            // Positions in visual order (UAX #9 L2), then the items drawn in logical order at those positions, so
            // the content stream holds the text as it is read: extraction in stream order (pdftotext -raw, MuPDF,
            // the tagged structure) gives logical text, and the width is the same sum as unordered.
            var visual = BidiLineOrder.Visual(paragraph, bidi, lineBreak);
            var positions = new double[lineBreak.ItemIndex - lineBreak.LineStart + 1];
            double pen = 0;
            foreach (var i in visual)
            {
                positions[i - lineBreak.LineStart] = pen;
                var item = items[i];
                pen += item.Kind switch
                {
                    BreakItemKind.Glue => item.Width + (item.FilStretch ? 0 : setRatio >= 0 ? setRatio * item.Stretch : setRatio * item.Shrink),
                    BreakItemKind.Box => item.Width,

                    // A penalty's width (a hyphen) counts only where the line breaks at it.
                    _ => i == lineBreak.ItemIndex ? item.Width : 0,
                };
            }

            visual.Sort();
            foreach (var i in visual)
            {
                x = positions[i - lineBreak.LineStart];
                spaceStart = -1;
                Visit(i);
            }

            inkEnd = pen;
        }
        else
        {
            for (int i = lineBreak.LineStart; i < lineBreak.ItemIndex; i++)
            {
                Visit(i);
            }

            if (end.Kind == BreakItemKind.Penalty && end.Content >= 0)
            {
                Visit(lineBreak.ItemIndex);
            }
        }

        var wordSpace = hyphenated ? null : WordSpace(runs, glyphs, runFont, runSize * scale, paragraph.Bidi?.BaseLevel == 1);
        FlushRun(wordSpace);
        FlushLink();
        var badness = lineBreak.Badness;

        // A break that draws nothing may still have a width: minus the hang of a glyph that protrudes into the right
        // margin (Microtype.MicrotypeItems). The line's width is where its text edge is, not where its ink ends.
        var width = end.Kind == BreakItemKind.Penalty && end.Content < 0 && paragraph.Bidi is null ? inkEnd + end.Width : inkEnd;
        return new TypesetLine(width, measure, ascent, descent, [.. runs], ratio, badness, hyphenated,
            lineBreak.Overfull || width > measure + 0.01, links?.ToImmutable() ?? [], markers?.ToImmutable() ?? [])
        {
            Strikes = strikes?.ToImmutable() ?? [],
            Anchors = anchors?.ToImmutable() ?? [],
            EndsWithWordSpace = wordSpace is not null,
            IsRightToLeft = paragraph.Bidi?.BaseLevel == 1,
        };
    }

    /// <summary>
    /// The inline structure piece <paramref name="p"/> belongs to. A link occurrence is a maximal sequence of pieces
    /// with the same target (emphasis inside a link splits it into pieces), keyed by its first piece.
    /// </summary>
    internal static InlineSpan SpanOf(List<StyledPiece> pieces, int p)
    {
        var piece = pieces[p];
        switch (piece.Kind)
        {
            case PieceKind.NoteMarker:
                return new InlineSpan(InlineSpanKind.NoteReference, p);
            case PieceKind.Label:
                return new InlineSpan(InlineSpanKind.Label, p);
        }

        if (piece.Link is not { } link)
        {
            if (piece.Language is not { } language)
            {
                return InlineSpan.None;
            }

            var start = p;
            while (start > 0 && pieces[start - 1] is { Link: null } previous && previous.Kind is PieceKind.Text or PieceKind.Code && string.Equals(previous.Language, language, StringComparison.Ordinal))
            {
                start--;
            }

            return new InlineSpan(InlineSpanKind.Language, start) { Language = language };
        }

        var first = p;
        while (first > 0 && pieces[first - 1].Kind != PieceKind.NoteMarker && string.Equals(pieces[first - 1].Link, link, StringComparison.Ordinal))
        {
            first--;
        }

        return new InlineSpan(InlineSpanKind.Link, first) { Language = pieces[first].Language };
    }

    /// <summary>
    /// The invisible space that ends a tagged line (see <see cref="TypesetLine.EndsWithWordSpace"/>): a space glyph
    /// the line already shows in its last run's font (hence present in the font subset), else that font's own space
    /// glyph (a line ending in an italic or Hebrew word among regular spaces, a one-word heading), right after the last
    /// glyph (left of it on a right-to-left line). None when the line ends in a space or a hyphen, or the font has no space.
    /// </summary>
    /// <param name="runs">The runs before the last.</param>
    /// <param name="last">The last run's glyphs, not yet flushed.</param>
    /// <param name="rightToLeft">The line runs right to left: its last glyph is its leftmost, the space goes left of it.</param>
    private static PositionedGlyph? WordSpace(List<LineGlyphRun> runs, List<PositionedGlyph> last, FontResource? font, double size, bool rightToLeft)
    {
        if (font is null || last.Count == 0)
        {
            return null;
        }

        var end = last[^1];
        if (end.Text.EndsWith(' ') || end.Text.EndsWith('\u00AD') || end.Text.EndsWith('-'))
        {
            return null;
        }

        ushort? space = null;
        foreach (var run in runs)
        {
            if (ReferenceEquals(run.Font, font))
            {
                space ??= SpaceIn(run.Glyphs.Span);
            }
        }

        space ??= SpaceIn(CollectionsMarshal.AsSpan(last)) ?? font.SpaceGlyph;
        if (space is not { } id)
        {
            return null;
        }

        if (rightToLeft)
        {
            return new PositionedGlyph(id, end.X - (font.GlyphAdvance(id) * size / font.UnitsPerEm), end.Y, " ");
        }

        var advance = font.GlyphAdvance(end.GlyphId) * size / font.UnitsPerEm;
        return new PositionedGlyph(id, end.X + advance, end.Y, " ");
    }

    private static ushort? SpaceIn(ReadOnlySpan<PositionedGlyph> glyphs)
    {
        foreach (var glyph in glyphs)
        {
            if (glyph.Text is [' '])
            {
                return glyph.GlyphId;
            }
        }

        return null;
    }
}
