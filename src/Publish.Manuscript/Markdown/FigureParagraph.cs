using Md = Markdig.Syntax;
using MdInlines = Markdig.Syntax.Inlines;

namespace Publish.Manuscript.Markdown;

/// <summary>A paragraph holding one image and nothing else but white space is a figure (DESIGN.md dialect 1).</summary>
internal static class FigureParagraph
{
    /// <summary>The paragraph's image when it is a figure, else null. Attributes after the image (<c>{width=50%}</c>) belong to the image, not to the text.</summary>
    public static MdInlines.LinkInline? ImageOf(Md.ParagraphBlock paragraph)
    {
        MdInlines.LinkInline? image = null;
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case MdInlines.LinkInline { IsImage: true } candidate when image is null:
                    image = candidate;
                    break;
                case MdInlines.LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case MdInlines.LineBreakInline:

                // Markdig ends a note's last paragraph with the link back to the reference.
                case Markdig.Extensions.Footnotes.FootnoteLink { IsBackLink: true }:
                    break;
                default:
                    return null;
            }
        }

        return image;
    }
}
