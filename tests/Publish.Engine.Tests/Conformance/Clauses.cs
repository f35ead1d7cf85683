namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// The clause ids the checker reports, one constant per machine-decidable condition: "A2 x.y" is ISO 19005-2:2011
/// (PDF/A-2, level b), "MP nn-mmm" a Matterhorn Protocol 1.1 failure condition of ISO 14289-1 (PDF/UA-1), "UA1 x.y"
/// an ISO 14289-1 clause that has no single Matterhorn number, "X4 x.y" ISO 15930-7:2010 (PDF/X-4).
/// docs/pdf-conformance.md lists every one of them with what is checked; a test keeps the two in step.
/// </summary>
internal static class Clauses
{
    // ISO 19005-2 (PDF/A-2b)
    public const string A2Header = "A2 6.1.2";
    public const string A2Trailer = "A2 6.1.3";
    public const string A2Xref = "A2 6.1.4";
    public const string A2Streams = "A2 6.1.7.1";
    public const string A2Filters = "A2 6.1.7.2";
    public const string A2OutputIntent = "A2 6.2.3";
    public const string A2IccBased = "A2 6.2.4.2";
    public const string A2DeviceColour = "A2 6.2.4.3";
    public const string A2Images = "A2 6.2.8";
    public const string A2CidFonts = "A2 6.2.11.3.2";
    public const string A2CMaps = "A2 6.2.11.3.3";
    public const string A2FontEmbedding = "A2 6.2.11.4.1";
    public const string A2FontMetrics = "A2 6.2.11.5";
    public const string A2Notdef = "A2 6.2.11.8";
    public const string A2AnnotationTypes = "A2 6.3.1";
    public const string A2AnnotationFlags = "A2 6.3.2";
    public const string A2AnnotationAppearance = "A2 6.3.3";
    public const string A2Actions = "A2 6.5.1";
    public const string A2AdditionalActions = "A2 6.5.2";
    public const string A2MetadataStream = "A2 6.6.2.1";
    public const string A2ExtensionSchemas = "A2 6.6.2.3";
    public const string A2InfoMatchesXmp = "A2 6.6.3";
    public const string A2Identification = "A2 6.6.4";

    // ISO 14289-1 (PDF/UA-1): Matterhorn Protocol 1.1 failure conditions
    public const string ArtifactInsideTagged = "MP 01-003";
    public const string TaggedInsideArtifact = "MP 01-004";
    public const string UntaggedContent = "MP 01-005";
    public const string Suspects = "MP 01-007";
    public const string RoleMapNotStandard = "MP 02-001";
    public const string RoleMapCircular = "MP 02-003";
    public const string StandardTypeRemapped = "MP 02-004";
    public const string NoXmp = "MP 06-001";
    public const string NoUaIdentifier = "MP 06-002";
    public const string NoDcTitle = "MP 06-003";
    public const string NoDisplayDocTitle = "MP 07-001";
    public const string DisplayDocTitleFalse = "MP 07-002";
    public const string TableStructure = "MP 09-004";
    public const string ListStructure = "MP 09-005";
    public const string NoLanguage = "MP 11-001";
    public const string FigureWithoutAlt = "MP 13-004";
    public const string FirstHeadingNotH1 = "MP 14-002";
    public const string HeadingLevelSkipped = "MP 14-003";
    public const string MixedHeadingKinds = "MP 14-007";
    public const string TableHeaderWithoutScope = "MP 15-003";
    public const string NoteWithoutId = "MP 19-003";
    public const string NoteIdNotUnique = "MP 19-004";
    public const string NoTabs = "MP 28-008";
    public const string TabsNotStructure = "MP 28-009";
    public const string LinkNotInLinkTag = "MP 28-011";
    public const string LinkWithoutContents = "MP 28-012";

    // ISO 14289-1 clauses without a single Matterhorn number
    public const string UaTagged = "UA1 7.1";
    public const string UaIdTree = "UA1 7.1 IDTree";
    public const string UaLinkText = "UA1 7.18.5";
    public const string UaCidFonts = "UA1 7.21.3.2";
    public const string UaCMaps = "UA1 7.21.3.3";
    public const string UaFontEmbedding = "UA1 7.21.4.1";
    public const string UaFontMetrics = "UA1 7.21.5";
    public const string UaToUnicode = "UA1 7.21.7";
    public const string UaNotdef = "UA1 7.21.8";

    // ISO 15930-7 (PDF/X-4)
    public const string X4FileIdentity = "X4 6.1.3";
    public const string X4Filters = "X4 6.1.7";
    public const string X4Boxes = "X4 6.1.11";
    public const string X4Trapped = "X4 6.1.12";
    public const string X4Identification = "X4 6.1.13";
    public const string X4OutputIntent = "X4 6.2.2";
    public const string X4Colour = "X4 6.2.3";
    public const string X4Actions = "X4 6.6";

    /// <summary>Every id above, for the test that keeps docs/pdf-conformance.md complete.</summary>
    public static IReadOnlyList<string> All { get; } =
        typeof(Clauses).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
}
