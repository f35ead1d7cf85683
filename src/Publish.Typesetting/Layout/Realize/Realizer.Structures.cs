using System.Globalization;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>Definition lists, fenced divs (set by the treatment the house style gives their class) and display math.</summary>
internal sealed partial class Realizer
{
    /// <summary>Abstract divs realized so far: each heading needs a destination of its own.</summary>
    private int _abstracts;

    /// <summary>
    /// Terms in bold, each kept with what follows it, definitions inset as list items are. Tagged as a list (ISO 32000-1
    /// §14.8.4.3.3): each entry an LI whose Lbl is its term(s) and whose LBody holds its definitions, the mapping
    /// PDF/UA-1 tools expect for a description list (HTML's dl/dt/dd has no PDF 1.7 counterpart).
    /// </summary>
    private void DefinitionList(DefinitionListBlock definitions, ContentRegion region, int index, double left, double measure)
    {
        var inset = Text.Body.Size * 1.5;
        var termStyle = Text.Body with { Alignment = Styles.TextAlignment.Ragged, FirstLineIndent = 0 };
        var outer = _parent;
        var list = Group(outer, StructureRole.List);
        _blocks.Add(new RealizedSpace(Text.Body.Leading / 4));
        foreach (var item in definitions.Items)
        {
            var entry = Group(list, StructureRole.ListItem);

            // One term is the Lbl itself; several (Pandoc allows them) are paragraphs of one Lbl, so each LI stays an
            // Lbl and an LBody.
            _parent = item.Terms.Length == 1 ? entry : Group(entry, StructureRole.ListLabel);
            foreach (var term in item.Terms)
            {
                Paragraph([new StrongInline(term, item.Span)], termStyle, left, measure, 0, new ContentAnchor(region, index, 0), item.Span, keepWithNext: true, role: item.Terms.Length == 1 ? StructureRole.ListLabel : StructureRole.Paragraph);
            }

            _parent = Group(entry, StructureRole.ListBody);
            foreach (var definition in item.Definitions)
            {
                // Each definition starts flush; paragraphs after the first within it indent as the body's do.
                var indent = false;
                foreach (var block in definition)
                {
                    indent = BodyBlock(block, region, index, indent, left + inset, measure - inset);
                }
            }

            _blocks.Add(new RealizedSpace(Text.Body.Leading / 4));
        }

        _parent = outer;
    }

    /// <summary>
    /// A fenced div: its <c>lang</c> (if any) is the language its paragraphs hyphenate in; its first class the house style
    /// knows picks the treatment; with none known its content is set as if it were not there (the reader reports that).
    /// </summary>
    private bool Div(DivBlock div, ContentRegion region, int index, bool indent, double left, double measure)
    {
        var outerLanguage = _language;
        if (!string.IsNullOrWhiteSpace(div.Language))
        {
            _language = div.Language.Trim();
        }

        var known = _style.Divs.For(div.Classes);
        switch (known?.Style)
        {
            case { Treatment: DivTreatment.Box } box:
                Box(div, box, region, index, left, measure);
                indent = false;
                break;
            case { Treatment: DivTreatment.Epigraph } epigraph:
                Epigraph(div, epigraph, region, index, left, measure);
                indent = false;
                break;
            case { Treatment: DivTreatment.Abstract } summary:
                AbstractDiv(div, summary, region, index, left, measure);
                indent = false;
                break;
            default:
                foreach (var block in div.Children)
                {
                    indent = BodyBlock(block, region, index, indent, left, measure);
                }

                break;
        }

        _language = outerLanguage;
        return indent;
    }

    /// <summary>
    /// A ruled inset box (note, warning): space, a rule, its label in bold on a line of its own (kept with the text), the
    /// content inset on both sides in the div's size, a rule, space. Tagged as a Div holding the label's P and the content.
    /// </summary>
    private void Box(DivBlock div, DivStyle style, ContentRegion region, int index, double left, double measure)
    {
        var outerText = _text;
        var outer = _parent;
        var padding = Text.Body.Leading / 3;
        var around = (Text.Body.Leading / 2) + style.Rule + padding;
        _blocks.Add(new RealizedSpace(around));
        _parent = Group(outer, StructureRole.Division);
        _blocks.Add(new RealizedBoxOpen(left, measure, style.Rule, style.RuleColor, padding));
        _text = Scaled(outerText, style.Scale);
        var (innerLeft, innerMeasure) = (left + style.Inset, measure - (2 * style.Inset));
        if (style.Label?.For(_documentLanguage) is { Length: > 0 } label)
        {
            Paragraph([new StrongInline([new TextInline(label, div.Span)], div.Span)], Text.Body with { Alignment = Styles.TextAlignment.Ragged, FirstLineIndent = 0 }, innerLeft, innerMeasure, 0, new ContentAnchor(region, index, 0), div.Span, keepWithNext: true);
        }

        var indent = false;
        foreach (var block in div.Children)
        {
            indent = BodyBlock(block, region, index, indent, innerLeft, innerMeasure);
        }

        _blocks.Add(new RealizedBoxClose());
        _text = outerText;
        _parent = outer;
        _blocks.Add(new RealizedSpace(around));
    }

    /// <summary>
    /// An epigraph: a narrow block against the column's right edge, in italic at the div's size, ragged; its attribution
    /// (a last paragraph led by a dash, or a div of class <c>attribution</c>) upright and flush right beneath it.
    /// </summary>
    private void Epigraph(DivBlock div, DivStyle style, ContentRegion region, int index, double left, double measure)
    {
        var outerText = _text;
        var outer = _parent;
        var width = measure * style.Width;
        var blockLeft = left + measure - width;
        _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
        _parent = Group(outer, StructureRole.Division);
        var scaled = Scaled(outerText, style.Scale);
        var upright = scaled.Body with { FirstLineIndent = 0 };
        _text = scaled with { Body = upright with { Face = Italicized(upright.Face), Alignment = Styles.TextAlignment.Ragged } };
        var attribution = div.Children.Length > 1 && IsAttribution(div.Children[^1]) ? div.Children[^1] : null;
        foreach (var block in div.Children)
        {
            if (ReferenceEquals(block, attribution))
            {
                Attribution(block, upright with { Alignment = Styles.TextAlignment.FlushRight }, region, index, blockLeft, width);
            }
            else
            {
                BodyBlock(block, region, index, false, blockLeft, width);
            }
        }

        _text = outerText;
        _parent = outer;
        _blocks.Add(new RealizedSpace(Text.Body.Leading));
    }

    private void Attribution(Block block, TextStyle style, ContentRegion region, int index, double left, double measure)
    {
        var anchor = new ContentAnchor(region, index, 0);
        switch (block)
        {
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Content, style, left, measure, 0, anchor, paragraph.Span);
                break;
            case DivBlock div:
                foreach (var child in div.Children)
                {
                    Attribution(child, style, region, index, left, measure);
                }

                break;
            default:
                BodyBlock(block, region, index, false, left, measure);
                break;
        }
    }

    /// <summary>An epigraph's source: a paragraph led by a dash (—, –, ―, as <c>--</c> and <c>---</c> are typeset), or a div of class attribution.</summary>
    private static bool IsAttribution(Block block) => block switch
    {
        ParagraphBlock paragraph => PlainText.Of(paragraph.Content, withNoteMarkers: false).TrimStart() is { Length: > 0 } text && text[0] is '\u2014' or '\u2013' or '\u2015',
        DivBlock div => div.Classes.Contains("attribution", StringComparer.Ordinal),
        _ => false,
    };

    /// <summary>
    /// An abstract in the body, set as the front matter's: a section headed by its label (in the outline, as the
    /// front-matter abstract's heading is), its content inset on both sides.
    /// </summary>
    private void AbstractDiv(DivBlock div, DivStyle style, ContentRegion region, int index, double left, double measure)
    {
        var outerText = _text;
        var outer = _parent;
        _parent = Group(outer, StructureRole.Section);
        var label = style.Label?.For(_documentLanguage) is { Length: > 0 } own ? own : _labels.Abstract;
        _abstracts++;
        EndMatterHeading(label, "abstract-" + _abstracts.ToString(CultureInfo.InvariantCulture), Text.Heading3);
        _text = Scaled(outerText, style.Scale);
        var indent = false;
        foreach (var block in div.Children)
        {
            indent = BodyBlock(block, region, index, indent, left + style.Inset, measure - (2 * style.Inset));
        }

        _text = outerText;
        _parent = outer;
        _blocks.Add(new RealizedSpace(Text.Body.Leading));
    }

    /// <summary>Display math on a line of its own, centred, in italic (MathInline's face), with half a line above and below.</summary>
    private void DisplayMath(MathBlock math, ContentAnchor anchor, double left, double measure)
    {
        _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
        Paragraph([new MathInline(math.Tex, math.Span)], Text.Body with { Alignment = Styles.TextAlignment.Centered, FirstLineIndent = 0 }, left, measure, 0, anchor, math.Span);
        _blocks.Add(new RealizedSpace(Text.Body.Leading / 2));
    }

    /// <summary>The body at <paramref name="scale"/> of its size, its leading and indent in proportion.</summary>
    private static TextStyles Scaled(TextStyles text, double scale) => scale == 1
        ? text
        : text with { Body = text.Body with { Size = text.Body.Size * scale, Leading = text.Body.Leading * scale, FirstLineIndent = text.Body.FirstLineIndent * scale } };

    private static FontFace Italicized(FontFace face) => face switch
    {
        FontFace.Regular => FontFace.Italic,
        FontFace.Bold => FontFace.BoldItalic,
        _ => face,
    };
}
