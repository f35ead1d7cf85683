using System.Globalization;
using Publish.Model;

namespace Publish.Styles.Reading;

/// <summary>
/// Refuses text geometry no page can hold, at the key that asked for it: a leading taller than the text area,
/// a note whose first line cannot share a page with the line calling it, a footer line that pushes the text
/// area below that, an indent that leaves a line no room. The print layout could only force such lines out of the page or lose the note (which
/// ended in an internal error); a style that asks for them is wrong whatever the manuscript.
/// </summary>
internal static class PageFitChecker
{
    /// <summary>When the bottom margin cannot hold the footer and the paper the layout leaves below it, the text area gives way.</summary>
    private const double FooterAllowance = PrintPageFurniture.FooterGap + PrintPageFurniture.MinimumEdge;

    public static void Check(StyleReadContext context, PageGeometry page, IReadOnlyDictionary<string, TextStyleSpec> roles)
    {
        if (page.TextWidth < StyleFileReader.MinPageSide || page.TextHeight < StyleFileReader.MinPageSide)
        {
            return; // PUB2026 already says the margins leave too small a text area; nothing else would fit it either.
        }

        foreach (var (role, spec) in roles.Where(r => r.Key != "footer").OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var leading = spec.Leading.Resolve(spec.Size);
            if (leading > page.TextHeight)
            {
                Error(context, spec, $"text.{role}: a line of {Pt(leading)} pt is taller than the page's text area ({Pt(page.TextHeight)} pt)");
            }
        }

        foreach (var (role, spec) in roles.Where(r => r.Key != "footer").OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            // A line indented by the whole measure has no room for its first word, which was set off the page.
            CheckIndent(context, page, $"text.{role}.first-line-indent", spec.FirstLineIndent.Resolve(spec.Size), spec.Size, spec.FirstLineIndentSpan);
            CheckIndent(context, page, $"text.{role}.hanging-indent", spec.HangingIndent.Resolve(spec.Size), spec.Size, spec.HangingIndentSpan);
        }

        var body = roles["body"].Leading.Resolve(roles["body"].Size);
        var note = roles["note"];
        var noteLeading = note.Leading.Resolve(note.Size);
        var separator = (body * PrintPageFurniture.NoteGapAboveInBodyLines) + PrintPageFurniture.NoteRuleThickness + PrintPageFurniture.NoteGapBelow;
        var lineWithNote = body + separator + noteLeading;
        if (noteLeading <= page.TextHeight && lineWithNote > page.TextHeight)
        {
            Error(context, note, $"text.note: a body line ({Pt(body)} pt), the note separator ({Pt(separator)} pt) and a note line ({Pt(noteLeading)} pt) need {Pt(lineWithNote)} pt, more than the page's text area ({Pt(page.TextHeight)} pt)");
        }

        var footer = roles["footer"];
        var footerLeading = footer.Leading.Resolve(footer.Size);
        var left = page.TextHeight - Math.Max(0, footerLeading + FooterAllowance - page.Margins.Bottom);
        if (lineWithNote <= page.TextHeight && left < lineWithNote)
        {
            Error(context, footer, $"footer: a footer line of {Pt(footerLeading)} pt does not fit the bottom margin ({Pt(page.Margins.Bottom)} pt) and leaves a text area of {Pt(Math.Max(0, left))} pt, less than a line with its note needs ({Pt(lineWithNote)} pt)");
        }
    }

    private static void CheckIndent(StyleReadContext context, PageGeometry page, string key, double indent, double size, SourceSpan? span)
    {
        if (indent > page.TextWidth - size)
        {
            context.Error(StyleDiagnosticCodes.TextDoesNotFitPage, span ?? SourceSpan.WholeFile(context.StyleFile),
                $"{key}: an indent of {Pt(indent)} pt leaves less than one em ({Pt(size)} pt) of the page's {Pt(page.TextWidth)} pt text width");
        }
    }

    private static void Error(StyleReadContext context, TextStyleSpec spec, string message) =>
        context.Error(StyleDiagnosticCodes.TextDoesNotFitPage, spec.LeadingSpan ?? SourceSpan.WholeFile(context.StyleFile), message);

    private static string Pt(double points) => points.ToString("0.#", CultureInfo.InvariantCulture);
}
