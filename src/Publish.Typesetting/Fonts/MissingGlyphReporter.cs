using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reports a character no face of its chain has: one warning per distinct character per manuscript, at the
/// line and column of its first occurrence in the source file, naming the code point.
/// <para>
/// Once per manuscript, not per reporter: a build makes one reporter per font family (body, code, footer),
/// so what has been reported is kept per <see cref="DiagnosticBag"/> — one bag per manuscript build.
/// </para>
/// <para>
/// The span the typesetter passes is that of the paragraph (or, for the title, of the first block), so the
/// character is looked up in the file the span names and reported where it first occurs there; when it is
/// not in that file as written (made by a typographic transform, or the span names no readable file), the
/// passed span is used.
/// </para>
/// </summary>
public sealed class MissingGlyphReporter
{
    private static readonly ConditionalWeakTable<DiagnosticBag, MissingGlyphLedger> Ledgers = [];

    private readonly MissingGlyphLedger? _sources;
    private readonly HashSet<int> _reported = [];

    public MissingGlyphReporter()
    {
    }

    /// <summary>
    /// A reporter for one paragraph set on any thread: it reports each character once itself, and leaves
    /// "once per manuscript" to the caller, who merges paragraphs in reading order (so which thread set what
    /// cannot change which paragraph reports). <paramref name="sources"/> is shared so each source file is read once.
    /// </summary>
    internal MissingGlyphReporter(MissingGlyphLedger sources)
    {
        _sources = sources;
    }

    public void Report(ShapedText shaped, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (shaped.MissingCodePoints.IsDefaultOrEmpty)
        {
            return;
        }

        var ledger = _sources ?? Ledgers.GetValue(diagnostics, static _ => new MissingGlyphLedger());
        foreach (var codePoint in shaped.MissingCodePoints)
        {
            if (_sources is null ? !ledger.FirstReport(codePoint) : !_reported.Add(codePoint))
            {
                continue;
            }

            Warn(codePoint, span, ledger, diagnostics);
        }
    }

    /// <summary>The warning for one character, placed at its first occurrence in the span's file when it is there.</summary>
    internal static void Warn(int codePoint, SourceSpan span, MissingGlyphLedger ledger, DiagnosticBag diagnostics)
    {
        var code = codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var shown = Rune.IsValid(codePoint) ? new Rune(codePoint).ToString() : "?";
        var where = Rune.IsValid(codePoint) ? ledger.FirstOccurrence(span.File, new Rune(codePoint)) ?? span : span;
        diagnostics.Warning(TypesettingDiagnosticCodes.MissingGlyph, where,
            $"U+{code} '{shown}' has no glyph in any font of the fallback chain; it is drawn as .notdef (reported once for this manuscript; name a font that has it under font-fallback in the style).");
    }
}
