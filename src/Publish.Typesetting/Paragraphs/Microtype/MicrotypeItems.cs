using Publish.Styles;

namespace Publish.Typesetting.Paragraphs.Microtype;

/// <summary>
/// Rewrites a justified paragraph's item list so the line breaker sees what microtypography gives it, as pdfTeX
/// does when <c>\pdfprotrudechars=2</c> and <c>\pdfadjustspacing=2</c> make its <c>line_break</c> count margin kerns
/// and font stretch:
/// <list type="bullet">
/// <item>Protrusion at the right: a line ending at a glyph that may hang into the margin has that much more room.
/// A break penalty gets the hang as negative width (it counts only when the line breaks there); a break at a word
/// space gets such a penalty in front of the space, which then breaks instead of the space (a space after a
/// penalty is no break: the same break, with the room).</item>
/// <item>Protrusion at the left: a word after a breakable space starts with a box of minus its hang, and the space
/// grows by as much, so unbroken the two cancel out and after a break (the space discarded) the line starts that
/// far into the margin.</item>
/// <item>Expansion: every box of text can stretch by its width times the stretch limit and shrink by its width times
/// the shrink limit (microtype's <c>stretch</c> and <c>shrink</c>, which may differ); the line breaker sums box stretch
/// with glue stretch, and <see cref="LineAssembler"/> turns the line's share into one glyph scale.</item>
/// </list>
/// Right-to-left and bidirectional paragraphs are left as they are (their line ends are not the right margin).
/// </summary>
internal static class MicrotypeItems
{
    /// <summary>
    /// The paragraph with microtype's items, written into <paramref name="output"/> (cleared here); the paragraph itself
    /// when nothing applies. A first line that starts with a list label stays flush with its siblings' labels.
    /// </summary>
    public static ParagraphItems Apply(ParagraphItems paragraph, MicrotypeSettings settings, ParagraphStyle style, List<BreakItem> output)
    {
        if (paragraph.Bidi is not null || style.Alignment != LineAlignment.Justified || (!settings.Protrusion && settings.Expansion <= 0))
        {
            return paragraph;
        }

        var items = paragraph.Items;
        var contents = paragraph.Contents;
        output.Clear();
        // Whole steps, as pdfTeX rounds its limits: the assembler's rounded scale then never passes the limit the breaker rated a line with.
        var (stretch, shrink) = (FontExpansion.ToSteps(settings.Stretch), FontExpansion.ToSteps(settings.Shrink));
        var expansion = stretch > 0 || shrink > 0;
        var protrusion = settings.Protrusion;
        if (protrusion && !style.LeadingLabel && items.Count > 0 && items[0] is { Kind: BreakItemKind.Box, Content: >= 0 } first
            && LeftHang(contents[first.Content]) is var lead and > 0)
        {
            output.Add(BreakItem.Box(-lead));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            switch (item.Kind)
            {
                case BreakItemKind.Box when expansion && item.Content >= 0:
                    output.Add(item with { Stretch = item.Width * stretch, Shrink = item.Width * shrink });
                    continue;
                case BreakItemKind.Glue when protrusion && !item.FilStretch && i > 0 && items[i - 1].Kind == BreakItemKind.Box:
                    // A breakable word space: the word before it may hang right, the word after it left.
                    if (RightHang(items[i - 1], contents) is var hang and > 0)
                    {
                        output.Add(BreakItem.PenaltyItem(-hang, 0));
                    }

                    if (i + 1 < items.Count && items[i + 1] is { Kind: BreakItemKind.Box, Content: >= 0 } next && LeftHang(contents[next.Content]) is var left and > 0)
                    {
                        output.Add(item with { Width = item.Width + left });
                        output.Add(BreakItem.Box(-left));
                        continue;
                    }

                    break;

                // An explicit hyphen's penalty (flagged, no width) keeps its zero width: the line breaker tells it from an added
                // hyphen by that, and its first pass breaks only there. Its line is set without the hang.
                case BreakItemKind.Penalty when protrusion && item.Penalty < BreakItem.Infinite && !(item.Flagged && item.Width == 0):
                    var end = item.Content >= 0 ? RightHang(contents[item.Content]) : RightHangBefore(items, contents, i);
                    if (end > 0)
                    {
                        output.Add(item with { Width = item.Width - end });
                        continue;
                    }

                    break;
            }

            output.Add(item);
        }

        return paragraph with { Items = output };
    }

    /// <summary>The right hang of the glyph a line ends with when it breaks at penalty <paramref name="at"/> that draws nothing: the last box's, when only glue of no width and penalties lie between.</summary>
    private static double RightHangBefore(List<BreakItem> items, List<ItemContent> contents, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var item = items[i];
            if (item.Kind == BreakItemKind.Box)
            {
                return RightHang(item, contents);
            }

            if (item.Kind == BreakItemKind.Glue && item.Width != 0)
            {
                return 0;
            }
        }

        return 0;
    }

    private static double RightHang(BreakItem box, List<ItemContent> contents) => box.Content >= 0 ? RightHang(contents[box.Content]) : 0;

    private static double RightHang(ItemContent content)
    {
        var shaped = content.Shaped;
        if (shaped.IsRightToLeft || content.GlyphEnd <= content.GlyphStart)
        {
            return 0;
        }

        var g = content.GlyphEnd - 1;
        return CharacterOf(content, g) is { } c ? ProtrusionTable.Right(c) * shaped.Glyphs[g].Advance : 0;
    }

    private static double LeftHang(ItemContent content)
    {
        var shaped = content.Shaped;
        if (shaped.IsRightToLeft || content.GlyphEnd <= content.GlyphStart)
        {
            return 0;
        }

        var g = content.GlyphStart;
        return CharacterOf(content, g) is { } c ? ProtrusionTable.Left(c) * shaped.Glyphs[g].Advance : 0;
    }

    /// <summary>The one character glyph <paramref name="g"/> shows; null for a ligature, a glyph of a cluster of several, or a mark.</summary>
    private static char? CharacterOf(ItemContent content, int g)
    {
        var shaped = content.Shaped;
        var glyphs = shaped.Glyphs;
        var cluster = glyphs[g].Cluster;
        if ((g > 0 && glyphs[g - 1].Cluster == cluster) || (g + 1 < glyphs.Length && glyphs[g + 1].Cluster == cluster))
        {
            return null;
        }

        var next = g + 1 < glyphs.Length ? glyphs[g + 1].Cluster : shaped.Text.Length;
        return next == cluster + 1 && cluster < shaped.Text.Length ? shaped.Text[cluster] : null;
    }
}
