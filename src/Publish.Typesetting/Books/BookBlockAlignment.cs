namespace Publish.Typesetting.Books;

/// <summary>Where a line of the book's own pages sits across the measure.</summary>
internal enum BookBlockAlignment
{
    Left,
    Centered,
}
