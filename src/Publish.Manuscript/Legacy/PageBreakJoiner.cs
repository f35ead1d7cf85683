using System.Globalization;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Joins body paragraphs that a page break of the original print cut in two: one ends without closing
/// punctuation (nor a note marker, which ends in <c>]</c> or <c>)</c>) and the next starts with a lower-case
/// letter. Reports each join as info <see cref="DiagnosticCodes.ParagraphJoinedAcrossPageBreak"/> at the
/// continuation, naming both lines, so an editor can check it.
/// </summary>
internal static class PageBreakJoiner
{
    private const string ClosingPunctuation = ".!?:;…\u201D\u2019)]\"'\u00BB";

    public static List<LegacyParagraph> Join(IReadOnlyList<LegacyParagraph> body, DiagnosticBag diagnostics)
    {
        var joined = new List<LegacyParagraph>();
        foreach (var paragraph in body)
        {
            if (joined.Count > 0 && IsCut(joined[^1], paragraph))
            {
                var before = joined[^1];
                diagnostics.Info(
                    DiagnosticCodes.ParagraphJoinedAcrossPageBreak,
                    paragraph.Span,
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"the paragraph at line {paragraph.Span.Line} continues the paragraph at line {before.Span.Line} (cut by a page break); joined"));
                joined[^1] = before with { Content = before.Content.Append(" ", paragraph.Content) };
                continue;
            }

            joined.Add(paragraph);
        }

        return joined;
    }

    private static bool IsCut(LegacyParagraph before, LegacyParagraph after) =>
        !LegacyPatterns.PhotoCaption().IsMatch(before.Text)
        && !LegacyPatterns.PhotoCaption().IsMatch(after.Text)
        && !ClosingPunctuation.Contains(before.Text[^1], StringComparison.Ordinal)
        && char.IsLower(after.Text[0]);
}
