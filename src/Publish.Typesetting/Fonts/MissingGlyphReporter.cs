using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Reports a character no face of its chain has: one warning per character per build, at its first
/// occurrence, naming the code point. One reporter per build (not thread-safe).
/// </summary>
public sealed class MissingGlyphReporter
{
    private readonly HashSet<int> _reported = [];

    public void Report(ShapedText shaped, SourceSpan span, DiagnosticBag diagnostics)
    {
        foreach (var codePoint in shaped.MissingCodePoints)
        {
            if (_reported.Add(codePoint))
            {
                var code = codePoint.ToString("X4", CultureInfo.InvariantCulture);
                var shown = Rune.IsValid(codePoint) ? new Rune(codePoint).ToString() : "?";
                diagnostics.Warning(TypesettingDiagnosticCodes.MissingGlyph, span,
                    $"U+{code} '{shown}' has no glyph in any font of the fallback chain; it is drawn as .notdef.");
            }
        }
    }
}
