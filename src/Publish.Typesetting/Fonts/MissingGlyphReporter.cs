using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reports a character no face of its chain has, naming the code point, at the line and column of its first
/// occurrence in the manuscript (<see cref="MissingGlyphLedger"/>) or, when it is not there as written (made by a
/// typographic transform, or the span names another file), at the span the typesetter passes.
/// <para>
/// A reporter for a manuscript (<see cref="ForManuscript"/>, what a layout's own typesetters use for the footer)
/// reports each character once for the whole ledger; a reporter for one paragraph (<see cref="ForParagraph"/>)
/// once for that paragraph, leaving "once per manuscript" to the caller that merges paragraphs in reading order
/// through the same ledger, so which thread set what cannot change which paragraph reports.
/// </para>
/// </summary>
public sealed class MissingGlyphReporter
{
    private readonly MissingGlyphLedger _ledger;

    /// <summary>Per paragraph: the characters it reported; null for a manuscript's reporter, which asks the ledger.</summary>
    private readonly HashSet<int>? _reported;

    /// <summary>A reporter with a ledger of its own and no manuscript text: each character once, at the span passed.</summary>
    public MissingGlyphReporter()
        : this(new MissingGlyphLedger(), paragraph: false)
    {
    }

    private MissingGlyphReporter(MissingGlyphLedger ledger, bool paragraph)
    {
        _ledger = ledger;
        _reported = paragraph ? [] : null;
    }

    internal static MissingGlyphReporter ForManuscript(MissingGlyphLedger ledger) => new(ledger, paragraph: false);

    internal static MissingGlyphReporter ForParagraph(MissingGlyphLedger ledger) => new(ledger, paragraph: true);

    public void Report(ShapedText shaped, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (shaped.MissingCodePoints.IsDefaultOrEmpty)
        {
            return;
        }

        foreach (var codePoint in shaped.MissingCodePoints)
        {
            if (_reported is null ? _ledger.FirstReport(Message(codePoint)) : _reported.Add(codePoint))
            {
                Warn(codePoint, span, _ledger, diagnostics);
            }
        }
    }

    /// <summary>The warning for one character, placed at its first occurrence in the manuscript when it is there.</summary>
    internal static void Warn(int codePoint, SourceSpan span, MissingGlyphLedger ledger, DiagnosticBag diagnostics)
    {
        var where = Rune.IsValid(codePoint) ? ledger.FirstOccurrence(span.File, new Rune(codePoint)) ?? span : span;
        diagnostics.Warning(TypesettingDiagnosticCodes.MissingGlyph, where, Message(codePoint));
    }

    /// <summary>The message names the character and nothing else, so it is the key "once per manuscript" counts by.</summary>
    private static string Message(int codePoint)
    {
        var code = codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var shown = Rune.IsValid(codePoint) ? new Rune(codePoint).ToString() : "?";
        return $"U+{code} '{shown}' has no glyph in any font of the fallback chain; it is drawn as .notdef (reported once for this manuscript; name a font that has it under font-fallback in the style).";
    }
}
