namespace Publish.Styles;

/// <summary>What a run of text is in the edition; each role has its own <see cref="TextStyle"/>.</summary>
public enum TextRole
{
    Body,
    Heading1,
    Heading2,
    Heading3,
    Note,
    Caption,
    Bibliography,
    Footer,
    Title,
    Author,
    Code,
}
