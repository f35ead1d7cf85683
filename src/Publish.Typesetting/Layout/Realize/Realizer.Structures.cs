using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Model.Pages;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>Definition lists, fenced divs and display math. Interim: set plainly (terms in bold, definitions inset).</summary>
internal sealed partial class Realizer
{
    private void DefinitionList(DefinitionListBlock definitions, ContentRegion region, int index, double left, double measure)
    {
        var inset = Text.Body.Size * 1.5;
        foreach (var item in definitions.Items)
        {
            foreach (var term in item.Terms)
            {
                Paragraph([new StrongInline(term, item.Span)], Text.Body, left, measure, 0, new ContentAnchor(region, index, 0), item.Span, keepWithNext: true);
            }

            foreach (var block in item.Definitions.SelectMany(d => d))
            {
                BodyBlock(block, region, index, false, left + inset, measure - inset);
            }
        }
    }

    private bool Div(DivBlock div, ContentRegion region, int index, bool indent, double left, double measure)
    {
        foreach (var block in div.Children)
        {
            indent = BodyBlock(block, region, index, indent, left, measure);
        }

        return indent;
    }

    private void DisplayMath(MathBlock math, ContentAnchor anchor, double left, double measure) =>
        Paragraph([new MathInline(math.Tex, math.Span)], Text.Body with { Alignment = Styles.TextAlignment.Centered, FirstLineIndent = 0 }, left, measure, 0, anchor, math.Span);
}
