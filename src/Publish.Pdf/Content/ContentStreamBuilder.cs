using System.Text;
using Publish.Pdf.Fonts;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Content;

/// <summary>
/// Builds one page's content stream (§8, §9.4). Text is shown with Identity-H glyph codes; each glyph lands
/// exactly at its frame position because the TJ corrections are computed from the very widths written to
/// the font's /W array. Every drawing operation is wrapped so it leaves no graphics state behind.
/// </summary>
internal sealed class ContentStreamBuilder
{
    /// <summary>Corrections smaller than this (in thousandths of an em) are rounding noise, not placement.</summary>
    private const double NegligibleAdjustment = 0.01;

    private readonly StringBuilder content;
    private readonly PdfPageSpace geometry;
    private readonly string? rgbSpace;
    private (RgbColor Color, string Operands)? lastColor;

    /// <param name="content">Where the operators go (appended; a caller formatting many pages reuses one builder).</param>
    /// <param name="rgbSpace">
    /// The page's colour-space resource name (e.g. <c>/Srgb</c>, an ICCBased sRGB space) text and rules are set in
    /// with <c>cs</c>/<c>sc</c>; null: DeviceRGB through <c>rg</c>/<c>RG</c>.
    /// </param>
    public ContentStreamBuilder(PdfPageSpace geometry, StringBuilder content, string? rgbSpace = null)
    {
        this.geometry = geometry;
        this.content = content;
        this.rgbSpace = rgbSpace;
    }

    public void ShowGlyphs(GlyphRun run, FontUsage font)
    {
        if (run.Glyphs.IsEmpty)
        {
            return;
        }

        // A synthesized bold is filled and stroked (rendering mode 2, §9.3.6) in the text's colour; the stroke width
        // and mode are graphics state, so they are set inside q … Q and leave nothing behind.
        var emboldened = run.Font.Emboldening > 0;
        if (emboldened)
        {
            content.Append("q ").Append(StrokeColor(run.Color)).Append(' ')
                .Append(PdfFormat.Number(run.Font.Emboldening * run.Size)).Append(" w 2 Tr\n");
        }

        content.Append("BT\n").Append(PdfFormat.Name(font.ResourceName)).Append(' ')
            .Append(PdfFormat.Number(run.Size)).Append(" Tf\n")
            .Append(FillColor(run.Color)).Append('\n');

        // Font expansion: the glyphs are drawn wider or narrower by the run's scale (Tz, §9.3.4), which also scales the
        // TJ corrections; it is text state that outlives ET, so a scaled run sets it back to 100 before ending.
        var scaled = run.HorizontalScale != 1;
        if (scaled)
        {
            PdfFormat.AppendNumber(content, run.HorizontalScale * 100).Append(" Tz\n");
        }

        var glyphs = run.Glyphs.Span;
        var start = 0;
        while (start < glyphs.Length)
        {
            // A segment shares one vertical offset; a mark raised or lowered starts a new text matrix.
            var end = start + 1;
            while (end < glyphs.Length && glyphs[end].Y == glyphs[start].Y)
            {
                end++;
            }

            ShowSegment(run, font, start, end);
            start = end;
        }

        content.Append(scaled ? "100 Tz\nET\n" : "ET\n");
        if (emboldened)
        {
            content.Append("Q\n");
        }
    }

    /// <summary>Opens a marked-content sequence tied to a structure element (§14.7.4): <c>/P &lt;&lt;/MCID 3&gt;&gt; BDC</c>.</summary>
    public void BeginMarkedContent(string structureType, int mcid) =>
        content.Append(PdfFormat.Name(structureType)).Append(" <</MCID ").Append(PdfFormat.Integer(mcid)).Append(">> BDC\n");

    /// <summary>Opens an artifact sequence (§14.8.2.2): content that is not part of the text a reader reads.</summary>
    public void BeginArtifact() => content.Append("/Artifact BMC\n");

    /// <summary>
    /// Opens a span whose text, for extraction, is <paramref name="text"/> rather than its glyphs' (§14.9.4), as a
    /// UTF-16BE text string (§7.9.2.2) so any character is written exactly.
    /// </summary>
    public void BeginActualText(string text)
    {
        content.Append("/Span <</ActualText <FEFF");
        foreach (var c in text)
        {
            content.Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        content.Append(">>> BDC\n");
    }

    public void EndMarkedContent() => content.Append("EMC\n");

    /// <summary>
    /// Eight hairlines, two per corner, continuing the trim edges outward; they start outside the bleed so no
    /// mark can show on the trimmed sheet even if the cut is off by the bleed.
    /// </summary>
    public void DrawCropMarks(PrintMarks marks)
    {
        var near = geometry.Bleed + marks.Offset;
        var far = geometry.Bleed + marks.MarkArea;
        foreach (var x in new[] { 0.0, geometry.Width })
        {
            foreach (var y in new[] { 0.0, geometry.Height })
            {
                var outX = x == 0 ? -1 : 1;
                var outY = y == 0 ? -1 : 1;
                DrawCropMark(x + (outX * near), y, x + (outX * far), y, marks.Thickness);
                DrawCropMark(x, y + (outY * near), x, y + (outY * far), marks.Thickness);
            }
        }
    }

    /// <summary>
    /// One crop mark: a hairline from (x1,y1) to (x2,y2) in frame coordinates, in all four process inks so it
    /// shows on every separation.
    /// </summary>
    private void DrawCropMark(double x1, double y1, double x2, double y2, double thickness)
    {
        content.Append("q 1 1 1 1 K ").Append(PdfFormat.Number(thickness)).Append(" w 0 J ")
            .Append(PdfFormat.Number(geometry.X(x1))).Append(' ').Append(PdfFormat.Number(geometry.Y(y1))).Append(" m ")
            .Append(PdfFormat.Number(geometry.X(x2))).Append(' ').Append(PdfFormat.Number(geometry.Y(y2))).Append(" l S Q\n");
    }

    public void DrawRule(RuleItem rule)
    {
        content.Append("q ").Append(StrokeColor(rule.Color)).Append(' ')
            .Append(PdfFormat.Number(rule.Thickness)).Append(" w 0 J ")
            .Append(PdfFormat.Number(geometry.X(rule.X1))).Append(' ').Append(PdfFormat.Number(geometry.Y(rule.Y1))).Append(" m ")
            .Append(PdfFormat.Number(geometry.X(rule.X2))).Append(' ').Append(PdfFormat.Number(geometry.Y(rule.Y2))).Append(" l S Q\n");
    }

    public void DrawImage(ImageItem image, string resourceName)
    {
        content.Append("q ").Append(PdfFormat.Number(image.Width)).Append(" 0 0 ").Append(PdfFormat.Number(image.Height)).Append(' ')
            .Append(PdfFormat.Number(geometry.X(image.X))).Append(' ').Append(PdfFormat.Number(geometry.Y(image.Y + image.Height)))
            .Append(" cm ").Append(resourceName).Append(" Do Q\n");
    }

    private void ShowSegment(GlyphRun run, FontUsage font, int start, int end)
    {
        var glyphs = run.Glyphs.Span;
        var first = glyphs[start];
        // A synthesized oblique shears x by y about the baseline (Tm = [1 0 tan θ 1 x y], §9.4.2).
        if (run.Font.Slant == 0)
        {
            content.Append("1 0 0 1 ");
        }
        else
        {
            content.Append("1 0 ").Append(PdfFormat.Number(run.Font.Slant)).Append(" 1 ");
        }

        PdfFormat.AppendNumber(content, geometry.X(run.X + first.X)).Append(' ');
        PdfFormat.AppendNumber(content, geometry.Y(run.Baseline + first.Y)).Append(" Tm\n[<");
        for (var i = start; i < end; i++)
        {
            var glyph = glyphs[i];
            AppendHex4(font.Code(glyph));
            if (i + 1 == end)
            {
                break;
            }

            // After showing a glyph the pen moves by its /W width; TJ numbers move it back by n/1000 of the size.
            var penAfter = glyph.X + (font.PdfWidth(glyph.GlyphId) * run.Size * run.HorizontalScale / 1000.0);
            var adjustment = (penAfter - glyphs[i + 1].X) * 1000.0 / (run.Size * run.HorizontalScale);
            if (Math.Abs(adjustment) >= NegligibleAdjustment)
            {
                PdfFormat.AppendNumber(content.Append("> "), adjustment).Append(" <");
            }
        }

        content.Append(">] TJ\n");
    }

    /// <summary>A glyph id as four hex digits, without the string per glyph that formatting would allocate.</summary>
    private void AppendHex4(ushort value)
    {
        const string Digits = "0123456789ABCDEF";
        content.Append(Digits[value >> 12]).Append(Digits[(value >> 8) & 0xF]).Append(Digits[(value >> 4) & 0xF]).Append(Digits[value & 0xF]);
    }

    /// <summary>
    /// Sets the fill colour. In an ICC-based space the space is set each time: <c>cs</c> costs a few bytes, and
    /// graphics-state bookkeeping across <c>q</c>/<c>Q</c> would cost more in correctness than it saves.
    /// </summary>
    private string FillColor(RgbColor color) => rgbSpace is null ? Color(color) + " rg" : rgbSpace + " cs " + Color(color) + " sc";

    /// <summary>Sets the stroke colour, as <see cref="FillColor"/>.</summary>
    private string StrokeColor(RgbColor color) => rgbSpace is null ? Color(color) + " RG" : rgbSpace + " CS " + Color(color) + " SC";

    /// <summary>The colour's operands; the last one is remembered, as a page sets run after run in one colour.</summary>
    private string Color(RgbColor color)
    {
        if (lastColor is not { } last || last.Color != color)
        {
            last = (color, $"{PdfFormat.Number(color.R / 255.0)} {PdfFormat.Number(color.G / 255.0)} {PdfFormat.Number(color.B / 255.0)}");
            lastColor = last;
        }

        return last.Operands;
    }
}
