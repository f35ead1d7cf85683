namespace Publish.Model.Diagnostics;

/// <summary>
/// Stable diagnostic codes of the manuscript readers. Ranges by stage, so a code says where it comes from:
/// PUB10xx input hygiene, PUB11xx notes, PUB12xx figures and images, PUB13xx legacy export structure,
/// PUB14xx Markdown and front matter, PUB2xxx styles and fonts, PUB3xxx typesetting, PUB5xxx PDF,
/// PUB6xxx EPUB, PUB7xxx builds and output, PUB9xxx internal errors.
/// A code, once published, never changes meaning.
/// </summary>
public static class DiagnosticCodes
{
    // Input hygiene.
    public const string InvalidUtf8 = "PUB1001";
    public const string ControlCharacterReplaced = "PUB1002";
    public const string InputFileNotFound = "PUB1003";
    public const string UnknownEncoding = "PUB1004";
    public const string InputTooLarge = "PUB1005";
    public const string NestingTooDeep = "PUB1006";

    // Notes.
    public const string NoteReferenceWithoutDefinition = "PUB1101";
    public const string NoteDefinedButNeverReferenced = "PUB1102";
    public const string NoteLabelDefinedTwice = "PUB1103";
    public const string NoteInsideNoteFlattened = "PUB1104";

    // Figures and images.
    public const string ImageFileMissing = "PUB1201";
    public const string ImageOutsideManuscriptFolder = "PUB1202";
    public const string UnsafeLinkTargetDropped = "PUB1203";

    // Legacy export structure.
    public const string ParagraphJoinedAcrossPageBreak = "PUB1301";
    public const string TitleMissing = "PUB1302";
    public const string EmptyAboutAuthorDropped = "PUB1303";
    public const string CitationNotUnderstood = "PUB1304";

    // Markdown and front matter.
    public const string FrontMatterInvalid = "PUB1401";
    public const string FrontMatterUnknownKey = "PUB1402";
    public const string RawHtmlDropped = "PUB1403";

    /// <summary>A <c>date</c> that is not yyyy, yyyy-MM, yyyy-MM-dd or an ISO 8601 date-time; it is ignored.</summary>
    public const string InvalidDate = "PUB1410";

    /// <summary>A <c>lang</c> that is not a well-formed BCP 47 tag; repaired when only case or '_' was wrong, else ignored.</summary>
    public const string InvalidLanguageTag = "PUB1411";

    // What a build reads (issue 14): regular files inside the folder it was given.

    /// <summary>A manuscript (or a file named like one) that is a FIFO, device, socket or folder: never opened.</summary>
    public const string InputNotRegularFile = "PUB1020";

    /// <summary>A manuscript in a folder that is a symbolic link to a file (or folder) outside that folder: never read.</summary>
    public const string InputLinkOutsideFolder = "PUB1021";

    /// <summary>A symbolic link named like a manuscript whose links loop or whose target is missing.</summary>
    public const string InputLinkBroken = "PUB1022";

    /// <summary>A folder of the archive that cannot be listed: the manuscripts in it are not built.</summary>
    public const string InputFolderUnreadable = "PUB1023";

    /// <summary>A manuscript that cannot be read: permission denied, or it changed while it was read.</summary>
    public const string InputFileUnreadable = "PUB1024";
}
