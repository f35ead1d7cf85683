namespace Publish.Styles;

/// <summary>
/// Stable diagnostic codes of the house style loader (range PUB2xxx, see
/// <see cref="Publish.Model.Diagnostics.DiagnosticCodes"/>). Every one is an error: a style that does not
/// load exactly as written would print a different book than the editor asked for. A code, once published,
/// never changes meaning.
/// </summary>
public static class StyleDiagnosticCodes
{
    // The file itself.
    public const string StyleFileNotFound = "PUB2001";
    public const string StyleFileUnreadable = "PUB2002";
    public const string StyleFileTooLarge = "PUB2003";
    public const string YamlSyntaxError = "PUB2004";
    public const string YamlFeatureNotSupported = "PUB2005";

    // Shape of the document.
    public const string UnknownKey = "PUB2010";
    public const string DuplicateKey = "PUB2011";
    public const string WrongType = "PUB2012";

    // Values.
    public const string InvalidLength = "PUB2020";
    public const string InvalidPageSize = "PUB2021";
    public const string InvalidColour = "PUB2022";
    public const string InvalidChoice = "PUB2023";
    public const string ValueOutOfRange = "PUB2024";
    public const string InvalidPageNumberFormat = "PUB2025";
    public const string TextAreaTooSmall = "PUB2026";

    // Fonts and other files the style names.
    public const string UnknownFontFamily = "PUB2030";
    public const string FontFileMissing = "PUB2031";
    public const string FontFamilyWithoutRegularFace = "PUB2032";
    public const string HyphenationPatternFileMissing = "PUB2033";

    /// <summary>Not a font, truncated, damaged, unreadable, or without glyphs, character map or outlines.</summary>
    public const string FontFileDamaged = "PUB2034";

    /// <summary>The font's licence bits (OS/2 fsType) forbid the subset outline embedding every edition does.</summary>
    public const string FontEmbeddingForbidden = "PUB2035";

    /// <summary>Larger than <see cref="Fonts.FontFileChecker.MaxFontFileBytes"/>.</summary>
    public const string FontFileTooLarge = "PUB2036";

    /// <summary>
    /// Text the page cannot hold: a role's leading above the text area, a line calling a note, the note separator
    /// and the note's first line not fitting one page together, or an indent leaving no room on the line.
    /// </summary>
    public const string TextDoesNotFitPage = "PUB2027";

    /// <summary>A file the style names (font, hyphenation patterns) that is a FIFO, device, socket or folder: never opened (issue 14).</summary>
    public const string StyleInputNotRegularFile = "PUB2040";

    /// <summary>A hyphenation pattern file that cannot be used: too large, unreadable, or not a UTF-8 pattern file.</summary>
    public const string HyphenationPatternFileUnusable = "PUB2041";

    /// <summary>The press output intent's ICC profile (<c>press.output-profile</c>) does not exist.</summary>
    public const string OutputProfileMissing = "PUB2042";

    /// <summary>
    /// The press output intent cannot be made: the profile is not a CMYK output ICC profile (or is unreadable, too
    /// large), or the condition identifier is missing, not printable ASCII, or given without a profile.
    /// </summary>
    public const string OutputIntentUnusable = "PUB2043";

    /// <summary>
    /// A warning: a text family lacks a face its text may need (italic, bold, bold italic), which is imitated with the
    /// face it falls back to, slanted or thickened. Once per family and face, where the family is declared or chosen.
    /// </summary>
    public const string FontFaceSynthesized = "PUB2048";

    /// <summary>A hyphenation exception that is not letters with hyphens between them, or an exception file that cannot be read.</summary>
    public const string HyphenationExceptionInvalid = "PUB2051";

    /// <summary><c>extends:</c> names a style that (directly or through others) extends the one being read.</summary>
    public const string ExtendsCycle = "PUB2070";

    /// <summary><c>extends:</c> names a shipped style that does not exist (the message suggests the nearest name).</summary>
    public const string UnknownShippedStyle = "PUB2071";

    /// <summary><c>extends:</c> names a style file that does not exist or cannot be read.</summary>
    public const string BaseStyleUnreadable = "PUB2072";

    /// <summary>A <c>{field}</c> in a footer line that is not one the build fills in ({year}, {title}, …).</summary>
    public const string UnknownFooterField = "PUB2073";

    /// <summary>The <c>citations.csl</c> file a style names (a <c>.csl</c> path beside it) does not exist.</summary>
    public const string CitationStyleFileMissing = "PUB2074";
}
