using System.Globalization;
using System.Text;

namespace Publish.Epub.Styling;

/// <summary>
/// The rules of the constructs a book may use (issue 17), appended after the defaults and before a style's
/// overrides, each only when <see cref="StylesheetNeeds"/> says the book has one. Like the defaults they leave the
/// reader in charge: relative sizes, no colours but a grey rule, alignment by class (text-align by column comes
/// from the source's <c>:--:</c>, so it is the author's, but as a class a reader may still override).
/// </summary>
internal static class FeatureRules
{
    private const string Tables = """
        table { border-collapse: collapse; margin: 1em auto; max-width: 100%; font-size: 0.9em; border-top: 1px solid #888888; border-bottom: 1px solid #888888; }
        table.sized { width: 100%; }
        caption { caption-side: top; margin-bottom: 0.4em; font-size: 1em; text-align: center; }
        caption .label { font-weight: bold; }
        th, td { padding: 0.2em 0.5em; vertical-align: top; text-align: left; text-align: start; }
        thead th { border-bottom: 1px solid #888888; font-weight: bold; }
        th p, td p { text-indent: 0; }
        th.align-left, td.align-left { text-align: left; }
        th.align-center, td.align-center { text-align: center; }
        th.align-right, td.align-right { text-align: right; }

        """;

    private const string DefinitionLists = """
        dl { margin: 1em 0; }
        dt { font-weight: bold; margin-top: 0.5em; }
        dd { margin: 0 0 0 1.5em; }
        dd p { text-indent: 0; }

        """;

    private const string Callouts = """
        aside.callout { margin: 1em 0; padding: 0.3em 0 0.3em 0.8em; border-left: 3px solid #888888; }
        aside.callout p { text-indent: 0; }
        aside.callout h1, aside.callout h2, aside.callout h3, aside.callout h4, aside.callout h5, aside.callout h6 { font-size: 1em; margin: 0.2em 0; }

        """;

    private const string Epigraphs = """
        blockquote.epigraph { margin: 1em 0 1.5em 30%; font-style: italic; font-size: 0.95em; }
        blockquote.epigraph p { text-indent: 0; }

        """;

    private const string SmallCaps = """
        .smallcaps { font-variant: small-caps; }

        """;

    private const string Math = """
        .math { font-style: italic; }
        p.math { text-align: center; text-indent: 0; margin: 0.8em 0; }

        """;

    private const string TaskLists = """
        li.task { list-style: none; }
        .task-box { margin-right: 0.3em; }

        """;

    /// <summary>The print edition's tracking of capitals in display type (HarfBuzzShaper.CapitalsTracking, Bringhurst 3.2.2).</summary>
    private const string LetterSpacedCapitals = """
        .caps { letter-spacing: 0.06em; }

        """;

    /// <summary>A book's pages: an article opens with its title block, as a chapter does; the contents page lists parts and articles with their authors below.</summary>
    private const string Books = """
        .article-opening { margin: 10% 0 2em; }
        .article-opening h1, .article-opening p { text-indent: 0; }
        .article-opening .subtitle { font-size: 1.2em; font-style: italic; margin-top: 0.3em; }
        .article-opening .author { font-size: 1.1em; margin-top: 1em; }
        .titlepage .editors { font-size: 1.2em; margin-top: 2em; }
        .titlepage .edition, .titlepage .identifier { margin-top: 0.8em; }
        .part-title { text-align: center; margin-top: 30%; }
        ol.book-contents, ol.book-contents ol { list-style: none; padding: 0; margin: 0; }
        ol.book-contents ol { margin-left: 1.5em; }
        ol.book-contents li { margin: 0.6em 0; }
        ol.book-contents p { text-indent: 0; margin: 0; }
        ol.book-contents li.contents-part > p.contents-title { font-weight: bold; }
        ol.book-contents p.contents-authors { font-style: italic; }

        """;

    public static void AppendTo(StringBuilder css, StylesheetNeeds needs)
    {
        foreach (var feature in needs.Features)
        {
            css.Append(feature switch
            {
                StyleFeature.Tables => Tables,
                StyleFeature.DefinitionLists => DefinitionLists,
                StyleFeature.Callouts => Callouts,
                StyleFeature.Epigraphs => Epigraphs,
                StyleFeature.SmallCaps => SmallCaps,
                StyleFeature.Math => Math,
                StyleFeature.TaskLists => TaskLists,
                StyleFeature.LetterSpacedCapitals => LetterSpacedCapitals,
                StyleFeature.Books => Books,
                _ => throw new InvalidOperationException($"Unknown style feature {feature}."),
            });
        }

        foreach (var percent in needs.ColumnPercents)
        {
            css.Append(CultureInfo.InvariantCulture, $"col.{StylesheetNeeds.PercentClass(percent)} {{ width: {percent}%; }}\n");
        }

        // The image, not the figure, takes the width: the caption keeps the measure, and max-width: 100% above still caps it.
        foreach (var percent in needs.FigurePercents)
        {
            css.Append(CultureInfo.InvariantCulture, $"figure.{StylesheetNeeds.PercentClass(percent)} img {{ width: {percent}%; }}\n");
        }

        foreach (var points in needs.FigurePoints)
        {
            css.Append(CultureInfo.InvariantCulture, $"figure.{StylesheetNeeds.PointClass(points)} img {{ width: {points}pt; }}\n");
        }
    }
}
