namespace Publish.Manuscript.Legacy;

/// <summary>A piece of a paragraph's text; <see cref="Index"/> is where it starts in the paragraph (for source spans).</summary>
internal sealed record LegacyToken(LegacyTokenKind Kind, string Value, string? Target, int Index);
