namespace Publish.Styles.Fonts;

/// <summary>What <see cref="FontFileChecker"/> found: nothing (the font is usable), or a problem and why, in words for an editor.</summary>
public sealed record FontFileVerdict(FontFileProblem? Problem, string Reason)
{
    public static FontFileVerdict Usable { get; } = new(null, string.Empty);

    public bool IsUsable => Problem is null;
}
