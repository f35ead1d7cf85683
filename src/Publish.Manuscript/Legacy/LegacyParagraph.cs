using Publish.Model;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// One paragraph of a legacy export: the non-blank lines between blank lines, joined by single spaces and
/// trimmed (never empty). <see cref="Span"/> is where its first character is.
/// </summary>
internal sealed record LegacyParagraph(MappedText Content, SourceSpan Span)
{
    public string Text => Content.Text;
}
