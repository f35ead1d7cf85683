namespace Publish.Manuscript.Markdown;

/// <summary>Markdown reader codes not (yet) in <see cref="Model.Diagnostics.DiagnosticCodes"/>; next free numbers in PUB14xx.</summary>
public static class MarkdownDiagnosticCodes
{
    /// <summary>An image inside running text (not alone in its paragraph): the model has no inline images, its description is kept as text.</summary>
    public const string InlineImageKeptAsText = "PUB1404";

    /// <summary>A construct Markdig recognised that the editions do not set: its text is kept where it can be, and the author learns the structure was lost.</summary>
    public const string ConstructNotSet = "PUB1420";

    /// <summary>A figure's <c>width=</c> that is no length Pandoc knows (or more than 100 %): the figure fills the measure.</summary>
    public const string FigureWidthInvalid = "PUB1421";

    /// <summary>An attribute (<c>{key=value}</c>, a class, an id) on something that does not use it: kept out of the editions, said once where it is.</summary>
    public const string AttributeIgnored = "PUB1422";
}
