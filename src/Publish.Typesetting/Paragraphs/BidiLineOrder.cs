using Publish.Typesetting.Bidi;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The order, left to right on the page, in which a bidirectional line's items are set (UAX #9 §3.4: the paragraph
/// is broken into lines on its logical text, then each line is reordered, rules L1–L2, by
/// <see cref="BidiParagraph.Reorder"/>). Each item goes with the visual run that holds its first character; an
/// item with no character of its own (a ragged-right glue, a penalty, the hyphen added at the break) goes with the
/// item before it, so it stays beside it; the items of a right-to-left run are taken in reverse. The first-line indent
/// and anything else before the line's first character stand at the line's start in the paragraph's direction (the
/// right edge of a right-to-left paragraph). Glue after the line's last box is left out, as in logical order. The
/// line's items are only permuted, so its width does not change.
/// </summary>
internal static class BidiLineOrder
{
    public static List<int> Visual(ParagraphItems paragraph, BidiParagraph bidi, LineBreak lineBreak)
    {
        var items = paragraph.Items;
        var end = items[lineBreak.ItemIndex];
        var last = end.Kind == BreakItemKind.Penalty && end.Content >= 0 ? lineBreak.ItemIndex : lineBreak.ItemIndex - 1;
        while (last >= lineBreak.LineStart && items[last].Kind != BreakItemKind.Box && !(last == lineBreak.ItemIndex))
        {
            last--;
        }

        // Each item with the paragraph text index it goes with; -1 before the line's first character.
        var keyed = new List<(int Item, int Key)>(last - lineBreak.LineStart + 1);
        int key = -1, textStart = int.MaxValue, textEnd = -1;
        for (var i = lineBreak.LineStart; i <= last; i++)
        {
            if (items[i].Content >= 0 && paragraph.Contents[items[i].Content] is { TextStart: >= 0 } content)
            {
                key = content.TextStart;
                textStart = Math.Min(textStart, key);
                textEnd = Math.Max(textEnd, key + CharacterCount(content));
            }

            keyed.Add((i, key));
        }

        var order = new List<int>(keyed.Count);
        var leading = keyed.TakeWhile(k => k.Key < 0).Select(k => k.Item).ToList();
        if (textEnd < 0)
        {
            order.AddRange(leading);
            return order;
        }

        var placed = new bool[keyed.Count];
        foreach (var run in bidi.Reorder(textStart, textEnd - textStart))
        {
            var first = order.Count;
            for (var k = 0; k < keyed.Count; k++)
            {
                var (item, at) = keyed[k];
                if (!placed[k] && at >= run.Start && at < run.Start + run.Length)
                {
                    order.Add(item);
                    placed[k] = true;
                }
            }

            if (run.IsRightToLeft)
            {
                order.Reverse(first, order.Count - first);
            }
        }

        // Never lose an item, whatever the runs cover.
        for (var k = 0; k < keyed.Count; k++)
        {
            if (!placed[k] && keyed[k].Key >= 0)
            {
                order.Add(keyed[k].Item);
            }
        }

        order.InsertRange(bidi.BaseLevel == 1 ? order.Count : 0, leading);
        return order;
    }

    /// <summary>How many characters of the paragraph's text the content's glyphs stand for.</summary>
    private static int CharacterCount(ItemContent content)
    {
        var glyphs = content.Shaped.Glyphs;
        var startCluster = glyphs[content.GlyphStart].Cluster;
        var endCluster = content.GlyphEnd < glyphs.Length ? glyphs[content.GlyphEnd].Cluster : content.Shaped.Text.Length;
        return Math.Max(1, endCluster - startCluster);
    }
}
