namespace Publish.Epub.Content;

/// <summary>A print page start inside one top-level block: <see cref="Offset"/> counts plain-text characters, note markers included.</summary>
internal sealed record PageBreak(string Label, string Id, int Offset);
