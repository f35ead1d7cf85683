namespace Publish.Citations;

/// <summary>One cite of one item inside a citation, with what the document says about it and where it stands.</summary>
public sealed class Cite
{
    /// <summary>A cite of the item with this id.</summary>
    public Cite(string id) => Id = id;

    /// <summary>The cited item's id.</summary>
    public string Id { get; }

    /// <summary>The locator ("120", "12–14"), or empty.</summary>
    public string Locator { get; init; } = string.Empty;

    /// <summary>The locator's label ("page", "chapter", …), or empty for page.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>Text before the cite.</summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary>Text after the cite.</summary>
    public string Suffix { get; init; } = string.Empty;

    /// <summary>Leave the author out ("suppress-author").</summary>
    public bool SuppressAuthor { get; init; }

    /// <summary>Print the author only ("author-only").</summary>
    public bool AuthorOnly { get; init; }

    internal Position Position { get; set; }

    internal bool NearNote { get; set; }

    internal int FirstReferenceNoteNumber { get; set; }

    internal CslItem? Item { get; set; }

    /// <summary>A position the caller fixed (citeproc-js's "position": 0 first … 3 ibid-with-locator), or null.</summary>
    internal int? ExplicitPosition { get; set; }

    internal bool? ExplicitNearNote { get; set; }
}
