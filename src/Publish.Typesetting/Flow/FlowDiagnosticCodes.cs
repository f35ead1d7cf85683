namespace Publish.Typesetting.Flow;

/// <summary>Stable codes of page composition (PUB35xx): the rules it had to bend, never silently.</summary>
public static class FlowDiagnosticCodes
{
    public const string OrphanLeft = "PUB3501";
    public const string WidowLeft = "PUB3502";
    public const string HeadingNotKeptWithText = "PUB3503";
    public const string NoteTallerThanPage = "PUB3504";
    public const string LowResolutionImage = "PUB3505";

    /// <summary>A table is wider than the measure even at its narrowest columns (and smallest allowed size): words break inside.</summary>
    public const string TableTooWide = "PUB3510";

    /// <summary>A table row is taller than a page: it is split between pages after all.</summary>
    public const string TableRowTallerThanPage = "PUB3511";
}
