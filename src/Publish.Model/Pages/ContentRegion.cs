namespace Publish.Model.Pages;

/// <summary>Which part of a <see cref="Document"/> a <see cref="ContentAnchor"/> points into.</summary>
public enum ContentRegion
{
    FrontMatter,
    Body,
    Bibliography,
    Citation,
    AboutAuthor,
}
