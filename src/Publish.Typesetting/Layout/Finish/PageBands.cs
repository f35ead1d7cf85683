using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Pages;

namespace Publish.Typesetting.Layout.Finish;

/// <summary>
/// What every page has besides its text: the running footer below the text area (and, when a style asks for one,
/// the place a running header would take above it), the text area they leave, and the note area's look. Made
/// before the text is composed, because the text area depends on them.
/// </summary>
internal sealed record PageBands(RunningFooter Footer, PageArea TextArea, FootnoteAreaStyle Notes)
{
    // Shared with the style loader's fit check, which must allow for the same distances.
    private const double FooterGap = PrintPageFurniture.FooterGap;
    private const double MinimumEdge = PrintPageFurniture.MinimumEdge;

    public static PageBands Make(HouseStyle style, Institution? institution, TypesetterPool typesetters, string language, DiagnosticBag diagnostics)
    {
        var page = style.Page;

        // The footer hangs below the text area; if the style's bottom margin cannot hold it, the text area
        // gives way, so text and notes can never reach the footer.
        var textBottom = page.TrimHeight - page.Margins.Bottom;
        var footer = FooterBuilder.Build(style, institution, typesetters, textBottom + FooterGap, language, diagnostics);
        var overflow = footer.Bottom - (page.TrimHeight - MinimumEdge);
        if (overflow > 0)
        {
            textBottom -= overflow;
            footer = FooterBuilder.Build(style, institution, typesetters, textBottom + FooterGap, language, diagnostics);
        }

        var area = new PageArea(page.Margins.Top, textBottom, page.Margins.Inner, page.TextWidth);
        var body = style.Text.Body;
        var rightToLeft = Model.Text.TextDirection.IsRightToLeftLanguage(language);
        var notes = new FootnoteAreaStyle(body.Leading * PrintPageFurniture.NoteGapAboveInBodyLines, page.TextWidth / 3, PrintPageFurniture.NoteRuleThickness, PrintPageFurniture.NoteGapBelow, RgbColor.Black)
        {
            // The arrow points the way the reader goes on: left in a right-to-left book.
            ContinuationMark = FooterBuilder.Mark(style, style.Text.Note, rightToLeft ? "\u2190" : "\u2192", typesetters, language, diagnostics),
            RightToLeft = rightToLeft,
        };

        // The style loader refuses geometry no page can hold (PUB2027), but the footer's institution lines come
        // from the manuscript too: a text area they squeeze below a line with its note would lose the note.
        var lineWithNote = body.Leading + notes.SeparatorHeight + style.Text.Note.Leading;
        if (textBottom - page.Margins.Top < lineWithNote)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"the running footer ({footer.Bottom - textBottom - FooterGap:0.#} pt with the institution's lines) leaves a text area of {Math.Max(0, textBottom - page.Margins.Top):0.#} pt, less than a line with its note needs ({lineWithNote:0.#} pt); shorten the footer or its leading"));
        }

        return new PageBands(footer, area, notes);
    }
}
