using System.Collections.Immutable;
using Publish.Model.Pages;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Books;

/// <summary>
/// A run of the book's body laid out as one piece: a part title page, an article, or a blank verso before one. Its pages are placed on their
/// sides but carry no running footer or title yet; its structure elements, destination names and outline entries are
/// its own (root id 0, names without the book's prefix, page indices from 0) until the book merges them.
/// </summary>
internal sealed record BookUnit(
    ImmutableArray<PageFrame> Pages,
    ImmutableArray<StructureElement> Structure,
    ImmutableArray<OutlineEntry> Outline,
    int FirstFolio)
{
    /// <summary>The article's index in <c>Book.Articles</c>; null for a part title.</summary>
    public int? Article { get; init; }

    /// <summary>Prefixed to every destination name of the unit, so two articles' <c>fn1</c> stay apart.</summary>
    public string DestinationPrefix { get; init; } = string.Empty;

    /// <summary>The right-hand running title (an article's); null: none.</summary>
    public string? RunningTitle { get; init; }

    /// <summary>The unit's language where it differs from the book's, for its structure element's /Lang.</summary>
    public string? Language { get; init; }

    /// <summary>An article's page map, its labels the book's folios.</summary>
    public PrintPageMap? PageMap { get; init; }

    /// <summary>A blank verso put in so that what follows opens on a right-hand page: no structure, no furniture.</summary>
    public bool IsBlank => Structure.IsEmpty;

    public bool IsPart => Article is null && !IsBlank;
}
