namespace Publish.Typesetting.Paragraphs;

/// <summary>The horizontal extent (relative to the line's left edge) of a link's text on one line.</summary>
public sealed record LineLink(double X, double Width, string Uri)
{
    /// <summary>The link occurrence the rectangle belongs to (its text's runs carry the same span).</summary>
    public InlineSpan Span { get; init; }
}
