using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Pages;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Sets the running footer: the institution's lines packed into as few lines as fit beside the folio
/// (joined with a middle dot), small in the footer face, under a rule; placed as the style's footer says
/// (<see cref="RunningFooter"/>). A style that places the lines on no page sets none, and its footer is the folio's line.
/// </summary>
internal static class FooterBuilder
{
    private const string Separator = "  ·  ";

    public static RunningFooter Build(HouseStyle style, Institution? documentInstitution, TypesetterPool typesetters, double ruleY, string language, DiagnosticBag diagnostics)
    {
        var footer = style.Footer;
        var text = footer.Text;
        var color = StyleMapping.Color(text.Color);
        var typesetter = typesetters.For(text.Family);
        var measure = style.Page.TextWidth;
        var institution = footer.Placement == FooterPlacement.None ? null
            : documentInstitution is { Lines.IsDefaultOrEmpty: false } ? documentInstitution : footer.Institution;

        // The manuscript's lines first, as the EPUB's colophon (the engine has already chosen between the manuscript's and
        // the style's per footer.institution, filling in the style's fields). The lines come from the style file or the manuscript; a character no font has is looked up in that file.
        var source = institution is { Lines.IsDefaultOrEmpty: false } ? institution.Lines[0].Span : SourceSpan.None;
        var folioReserve = footer.PageNumberFormat.Length == 0 ? 0 : Width(footer.FormatPageNumber(999, 999)) + text.Size;
        var packed = Pack(institution?.Lines.Select(l => l.Text) ?? [], measure - folioReserve, Width);
        var lines = packed
            .SelectMany(line => Set(line, measure - folioReserve).Lines)
            .Select(line => (ILineBox)new PlacedLine(line, color))
            .ToImmutableArray();
        return new RunningFooter(
            lines,
            (page, pages) => new PlacedLine(Set(footer.FormatPageNumber(page, pages), measure).Lines[0], color),
            ruleY,
            style.Page.Margins.Inner,
            measure,
            text.Leading,
            footer.Rule?.Thickness ?? 0,
            footer.Rule is { } rule ? StyleMapping.Color(rule.Color) : color)
        {
            Alignment = footer.Alignment,
            FolioReserve = folioReserve,
            TwoSided = FacingPages.AreTwoSided(style.Page.Margins),
            LinesOn = footer.HasLinesOn,
        };

        Paragraphs.ParagraphLayout Set(string content, double width) =>
            typesetter.Typeset([new TextInline(content.Length == 0 ? " " : content, source)], StyleMapping.Paragraph(text, width, language, 0, hyphenate: false) with { Alignment = Paragraphs.LineAlignment.RaggedRight }, diagnostics);

        double Width(string content) => Set(content, 100_000).Lines.Max(l => l.Width);
    }

    /// <summary>A short untagged mark (an artifact) set in <paramref name="text"/>'s style, e.g. the arrow of a continued note.</summary>
    public static ILineBox Mark(HouseStyle style, TextStyle text, string mark, TypesetterPool typesetters, string language, DiagnosticBag diagnostics)
    {
        var paragraph = StyleMapping.Paragraph(text, style.Page.TextWidth, language, 0, hyphenate: false) with { Alignment = Paragraphs.LineAlignment.RaggedRight };
        var line = typesetters.For(text.Family).Typeset([new TextInline(mark, SourceSpan.None)], paragraph, diagnostics).Lines[0];
        return new PlacedLine(line, StyleMapping.Color(text.Color));
    }

    /// <summary>Greedy packing: consecutive lines joined while the joined text fits the width.</summary>
    private static List<string> Pack(IEnumerable<string> lines, double width, Func<string, double> measure)
    {
        var packed = new List<string>();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (packed.Count > 0 && measure(packed[^1] + Separator + line) <= width)
            {
                packed[^1] += Separator + line;
            }
            else
            {
                packed.Add(line);
            }
        }

        return packed;
    }
}
