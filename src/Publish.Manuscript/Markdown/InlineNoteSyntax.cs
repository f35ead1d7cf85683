using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>Pandoc's inline note <c>^[…]</c>: its content parsed as inlines (<see cref="InlineNoteParser"/>).</summary>
internal sealed class InlineNoteSyntax : LeafInline
{
    public required ParagraphBlock Content { get; init; }

    /// <summary>The note as written, <c>^[</c> to <c>]</c>, for where it must be kept as text.</summary>
    public required string Written { get; init; }
}
