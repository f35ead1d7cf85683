namespace Publish.Model;

/// <summary>
/// A line of the institution's footer. <see cref="Text"/> is the clean display text (no Markdown, no URL
/// wrappers); <see cref="Url"/> is the link target for web, social and e-mail lines (<c>mailto:</c> for e-mail).
/// </summary>
public sealed record InstitutionLine(InstitutionLineKind Kind, string Text, string? Url, SourceSpan Span);
