namespace Publish.Manuscript.Markdown;

/// <summary>Markdown reader codes not (yet) in <see cref="Model.Diagnostics.DiagnosticCodes"/>; next free numbers in PUB14xx.</summary>
public static class MarkdownDiagnosticCodes
{
    /// <summary>An image inside running text (not alone in its paragraph): the model has no inline images, its description is kept as text.</summary>
    public const string InlineImageKeptAsText = "PUB1404";
}
