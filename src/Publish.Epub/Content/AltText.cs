using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Epub.Content;

/// <summary>The text alternatives of the book's images, shared by the content documents and the accessibility metadata.</summary>
internal static class AltText
{
    /// <summary>The author's description, else the caption without note numbers (a caption is the best description we have).</summary>
    public static string Of(FigureBlock figure) =>
        !string.IsNullOrWhiteSpace(figure.Image?.AltText)
            ? figure.Image.AltText.Trim()
            : PlainText.Of(figure.Caption, withNoteMarkers: false).Trim();

    /// <summary>The cover shows the title and the authors.</summary>
    public static string OfCover(Metadata metadata) =>
        metadata.Authors.Length > 0 ? $"{metadata.Title} — {string.Join(", ", metadata.Authors)}" : metadata.Title;
}
