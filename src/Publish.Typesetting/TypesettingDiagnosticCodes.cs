namespace Publish.Typesetting;

/// <summary>
/// Stable diagnostic codes of the typesetter (range PUB3xxx, see <c>Publish.Model.Diagnostics.DiagnosticCodes</c>).
/// A code, once published, never changes meaning.
/// </summary>
public static class TypesettingDiagnosticCodes
{
    /// <summary>No font of the fallback chain has the character; it is drawn as <c>.notdef</c>. One per character per build.</summary>
    public const string MissingGlyph = "PUB3001";

    /// <summary>No hyphenation patterns for the document's language; the text is set without hyphenation.</summary>
    public const string UnknownHyphenationLanguage = "PUB3002";

    /// <summary>A line could not be set within the measure even after the emergency pass (it sticks out).</summary>
    public const string OverfullLine = "PUB3003";
}
