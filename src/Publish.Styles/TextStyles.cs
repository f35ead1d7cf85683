namespace Publish.Styles;

/// <summary>The text style of every <see cref="TextRole"/>.</summary>
public sealed record TextStyles
{
    public required TextStyle Body { get; init; }

    public required TextStyle Heading1 { get; init; }

    public required TextStyle Heading2 { get; init; }

    public required TextStyle Heading3 { get; init; }

    public required TextStyle Note { get; init; }

    public required TextStyle Caption { get; init; }

    public required TextStyle Bibliography { get; init; }

    public required TextStyle Footer { get; init; }

    public required TextStyle Title { get; init; }

    public required TextStyle Author { get; init; }

    public required TextStyle Code { get; init; }

    /// <summary>Heading levels deeper than 3 use the level-3 style.</summary>
    public TextStyle ForHeading(int level) => level switch
    {
        <= 1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };

    public TextStyle For(TextRole role) => role switch
    {
        TextRole.Body => Body,
        TextRole.Heading1 => Heading1,
        TextRole.Heading2 => Heading2,
        TextRole.Heading3 => Heading3,
        TextRole.Note => Note,
        TextRole.Caption => Caption,
        TextRole.Bibliography => Bibliography,
        TextRole.Footer => Footer,
        TextRole.Title => Title,
        TextRole.Author => Author,
        TextRole.Code => Code,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown text role."),
    };
}
