namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The horizontal extent (relative to the line's left edge) of a link's text on one line: to <see cref="Uri"/>, or,
/// for a cross-reference, to the named destination <see cref="Destination"/> of this document.
/// </summary>
public sealed record LineLink(double X, double Width, string? Uri)
{
    /// <summary>The link occurrence the rectangle belongs to (its text's runs carry the same span).</summary>
    public InlineSpan Span { get; init; }

    /// <summary>A destination in this document (<see cref="CrossReferenceDestination"/>) instead of a URI.</summary>
    public string? Destination { get; init; }

    /// <summary>The cross-reference (its source position) the link shows, for finding the page it is printed on.</summary>
    public Publish.Model.SourceSpan? Reference { get; init; }
}
