namespace Publish.Typesetting.Flow;

/// <summary>Stable codes of page composition (PUB35xx): the rules it had to bend, never silently.</summary>
public static class FlowDiagnosticCodes
{
    public const string OrphanLeft = "PUB3501";
    public const string WidowLeft = "PUB3502";
    public const string HeadingNotKeptWithText = "PUB3503";
    public const string NoteTallerThanPage = "PUB3504";
    public const string LowResolutionImage = "PUB3505";
}
