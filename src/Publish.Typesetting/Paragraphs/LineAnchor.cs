namespace Publish.Typesetting.Paragraphs;

/// <summary>A named destination that begins on a line (a span with an id), at <see cref="X"/> from the line's left edge.</summary>
public sealed record LineAnchor(string Name, double X);
