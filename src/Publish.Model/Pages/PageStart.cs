namespace Publish.Model.Pages;

/// <summary>Where printed page <see cref="Label"/> begins (its first line of main text).</summary>
public sealed record PageStart(string Label, ContentAnchor Anchor);
