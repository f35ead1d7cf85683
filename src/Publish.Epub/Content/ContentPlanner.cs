using System.Globalization;
using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// Splits the document into the spine's content documents: cover, title page, the text (a new file at every
/// level-1 heading, and at the next block boundary once a file holds <see cref="EpubWriterOptions.MaxCharactersPerDocument"/>
/// characters: small files open fast on e-ink readers), bibliography, about the author, colophon. An article of a
/// book (<see cref="ArticleScope.InBook"/>) has no cover nor title page of its own — its first text document opens
/// with its title, so it has one even without text — and in place of the colophon only its citation.
/// </summary>
internal static class ContentPlanner
{
    public static ImmutableArray<ContentPart> Plan(Document document, bool hasCover, bool hasColophon, int maxCharacters, ArticleScope? scope = null)
    {
        scope ??= ArticleScope.Alone;
        var prefix = scope.FilePrefix;
        var parts = ImmutableArray.CreateBuilder<ContentPart>();
        if (hasCover)
        {
            parts.Add(new ContentPart("cover.xhtml", PartKind.Cover, []));
        }

        if (!scope.InBook)
        {
            parts.Add(new ContentPart("title.xhtml", PartKind.TitlePage, []));
        }

        var units = document.FrontMatter.Select((b, i) => new ContentUnit(ContentRegion.FrontMatter, i, b))
            .Concat(BodyUnits(document));
        var current = ImmutableArray.CreateBuilder<ContentUnit>();
        var characters = 0;
        var textParts = 0;
        foreach (var unit in units)
        {
            var startsSection = unit.Block is HeadingBlock { Level: 1 };
            if (current.Count > 0 && (startsSection || characters >= maxCharacters))
            {
                parts.Add(TextPart(prefix, ++textParts, current.ToImmutable()));
                current.Clear();
                characters = 0;
            }

            current.Add(unit);
            characters += unit.Characters;
        }

        if (current.Count > 0 || (scope.InBook && textParts == 0))
        {
            parts.Add(TextPart(prefix, ++textParts, current.ToImmutable()));
        }

        if (document.Bibliography.Length > 0 && document.BibliographyIndex is null)
        {
            parts.Add(new ContentPart(prefix + "bibliography.xhtml", PartKind.Bibliography, []));
        }

        if (document.AboutAuthor.Length > 0)
        {
            parts.Add(new ContentPart(prefix + "about.xhtml", PartKind.AboutAuthor,
                [.. document.AboutAuthor.Select((b, i) => new ContentUnit(ContentRegion.AboutAuthor, i, b))]));
        }

        if (scope.InBook && document.Citation.Length > 0)
        {
            parts.Add(new ContentPart(prefix + "citation.xhtml", PartKind.Citation, []));
        }
        else if (!scope.InBook && hasColophon)
        {
            parts.Add(new ContentPart("colophon.xhtml", PartKind.Colophon, []));
        }

        return parts.ToImmutable();
    }

    /// <summary>The body's blocks, and the bibliography where a <c>{#refs}</c> div placed it.</summary>
    private static IEnumerable<ContentUnit> BodyUnits(Document document)
    {
        for (var i = 0; i <= document.Body.Length; i++)
        {
            if (i == document.BibliographyIndex && document.Bibliography.Length > 0)
            {
                yield return ContentUnit.PlacedBibliography(document.Bibliography);
            }

            if (i < document.Body.Length)
            {
                yield return new ContentUnit(ContentRegion.Body, i, document.Body[i]);
            }
        }
    }

    private static ContentPart TextPart(string prefix, int count, ImmutableArray<ContentUnit> units) =>
        new(prefix + string.Create(CultureInfo.InvariantCulture, $"text-{count:D3}.xhtml"), PartKind.Text, units);
}
