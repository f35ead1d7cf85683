using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Books;
using Publish.Styles;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Books;

/// <summary>
/// The book's front matter, one page each unless said otherwise: the half-title (recto, i), its blank verso (ii), the
/// title page (iii: title, subtitle, editors, publisher), the imprint on its verso (iv: publisher, identifier,
/// edition, copyright with the build's year, the institution's lines, set at the foot), then the contents from the
/// next recto (v) over as many pages as it takes, and a blank page to end on a verso, so that the first article opens
/// on a right-hand page (Chicago Manual of Style 1.4, the order of a book's front matter).
/// </summary>
internal sealed class FrontMatterComposer
{
    private readonly HouseStyle _style;
    private readonly BookTextSetter _setter;

    public FrontMatterComposer(HouseStyle style, BookTextSetter setter)
    {
        _style = style;
        _setter = setter;
    }

    /// <summary>Composes the front matter into <paramref name="pages"/>; returns the contents' first page (0-based) and how many pages it takes.</summary>
    public (int First, int Count) Compose(BookPageComposer pages, BookMetadata book, DateTimeOffset date, IReadOnlyList<ContentsEntry> contents)
    {
        var text = _style.Text;
        var area = pages.Area;
        var labels = EditionLabels.ForLanguage(book.Language);
        var structure = pages.Structure;
        var centered = BookBlockAlignment.Centered;

        // The half-title: the title alone, a third of the way down.
        pages.MoveTo(area.Top + (area.Height / 4));
        pages.Place(_setter.Set(book.Title, text.Heading1, area.Measure), text.Heading1, centered, structure.Add(structure.Root, StructureRole.Paragraph));
        pages.NewPage();
        pages.NewPage();

        // The title page.
        pages.MoveTo(area.Top + (area.Height / 4));
        pages.Place(_setter.Set(book.Title, text.Title, area.Measure), text.Title, centered, structure.Add(structure.Root, StructureRole.Heading1));
        if (!string.IsNullOrWhiteSpace(book.Subtitle))
        {
            pages.Skip(text.Title.SpaceAfter);
            pages.Place(_setter.Set(book.Subtitle, text.Author, area.Measure), text.Author, centered, structure.Add(structure.Root, StructureRole.Paragraph));
        }

        if (labels.EditorsLine(book.Editors).Length > 0)
        {
            pages.Skip(3 * text.Author.Leading);
            pages.Place(_setter.Set(labels.EditorsLine(book.Editors), text.Author, area.Measure), text.Author, centered, structure.Add(structure.Root, StructureRole.Paragraph));
        }

        if (!string.IsNullOrWhiteSpace(book.Publisher))
        {
            var publisher = _setter.Set(book.Publisher, text.Body, area.Measure);
            pages.MoveTo(area.Bottom - (publisher.Length * text.Body.Leading));
            pages.Place(publisher, text.Body, centered, structure.Add(structure.Root, StructureRole.Paragraph));
        }

        // The imprint, at the foot of the title page's verso.
        pages.NewPage();
        var imprint = ImprintLines(book, date).Select(line => line.Length == 0 ? [] : _setter.Set(line, text.Note, area.Measure)).ToList();
        pages.MoveTo(area.Bottom - (imprint.Sum(l => Math.Max(1, l.Length)) * text.Note.Leading));
        foreach (var lines in imprint)
        {
            if (lines.IsEmpty)
            {
                pages.Skip(text.Note.Leading);
                continue;
            }

            pages.Place(lines, text.Note, BookBlockAlignment.Left, structure.Add(structure.Root, StructureRole.Paragraph));
        }

        pages.NewPage();
        var contentsPage = pages.CurrentPage;
        new ContentsComposer(_style, _setter).Compose(pages, labels.Contents, contents);
        var count = pages.Pages.Count - contentsPage;
        if (pages.Pages.Count % 2 == 1)
        {
            pages.NewPage();
        }

        return (contentsPage, count);
    }

    /// <summary>The imprint's lines in order; an empty string is a blank line between groups.</summary>
    private static ImmutableArray<string> ImprintLines(BookMetadata book, DateTimeOffset date)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add(book.Title);
        if (!string.IsNullOrWhiteSpace(book.Subtitle))
        {
            lines.Add(book.Subtitle);
        }

        if (!string.IsNullOrWhiteSpace(book.Edition))
        {
            lines.Add(book.Edition);
        }

        lines.Add(string.Empty);
        if (!string.IsNullOrWhiteSpace(book.Publisher))
        {
            lines.Add(book.Publisher);
        }

        if (!string.IsNullOrWhiteSpace(book.Identifier))
        {
            lines.Add(book.Identifier);
        }

        // The year of this edition's build (SOURCE_DATE_EPOCH when set), so a rebuild of the same sources says the same.
        var year = date.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture);
        lines.Add(string.IsNullOrWhiteSpace(book.Publisher) ? $"© {year}" : $"© {year} {book.Publisher}");
        if (book.Institution is { Lines.IsDefaultOrEmpty: false } institution)
        {
            lines.Add(string.Empty);
            lines.AddRange(institution.Lines.Select(l => l.Text).Where(l => !string.IsNullOrWhiteSpace(l)));
        }

        return lines.ToImmutable();
    }
}
