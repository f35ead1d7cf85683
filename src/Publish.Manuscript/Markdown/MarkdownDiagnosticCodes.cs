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

    /// <summary>A cross-reference (<c>@fig:id</c>, <c>[text](#id)</c>) to an id nothing in the manuscript has: its text is kept.</summary>
    public const string DanglingCrossReference = "PUB1423";

    /// <summary>A relative link to another manuscript (<c>other.md#x</c>): it resolves only when both are built as one book; its text is kept.</summary>
    public const string LinkToOtherManuscript = "PUB1424";

    /// <summary>Citations (<c>[@key]</c>, <c>@key</c>) kept as written: one warning per manuscript, at the first, with the count.</summary>
    public const string CitationsKeptAsText = "PUB1425";

    /// <summary>Mathematics set as text with no math layout: one warning per manuscript, at the first formula, with the count.</summary>
    public const string MathSetAsText = "PUB1426";

    /// <summary>A span class other than <c>smallcaps</c>: kept on the span for the style, which may not know it.</summary>
    public const string SpanClassKept = "PUB1427";

    /// <summary>A citation's key that no reference has: the cite is set as <c>key?</c> in bold, as Pandoc does.</summary>
    public const string UnknownCitationKey = "PUB1428";

    /// <summary>A <c>bibliography:</c> file that is not there, is no regular file, or lies outside the manuscript's folder.</summary>
    public const string BibliographyFileRefused = "PUB1429";

    /// <summary>A <c>csl:</c> style that is neither a file of the manuscript's folder nor a shipped style, or is no valid CSL.</summary>
    public const string CitationStyleInvalid = "PUB1430";
}
