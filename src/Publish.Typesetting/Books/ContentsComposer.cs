using System.Collections.Immutable;
using Publish.Model;
using Publish.Styles;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Books;

/// <summary>
/// Sets the contents: a heading, then each entry's title set short of the folio column, its folio flush right on the
/// title's last line with dot leaders between (the leaders on one grid down the page, so they line up as in a set
/// book), the authors below in italic; a part title in bold without a folio. An entry never breaks across pages.
/// Each entry is a paragraph whose title and folio are one link to the article (PDF/UA-1 §7.18.5: the Link holds its
/// text and its annotation); the leaders are artifacts.
/// </summary>
internal sealed class ContentsComposer
{
    /// <summary>The leaders' pitch, in ems of the entry text: a dot and a space, as a typed ". . ." reads.</summary>
    private const double LeaderPitchEms = 0.5;

    private readonly HouseStyle _style;
    private readonly BookTextSetter _setter;

    public ContentsComposer(HouseStyle style, BookTextSetter setter)
    {
        _style = style;
        _setter = setter;
    }

    /// <summary>The name of the contents' destination (the outline's "Contents").</summary>
    public const string Destination = "contents";

    public void Compose(BookPageComposer pages, string heading, IReadOnlyList<ContentsEntry> entries)
    {
        var text = _style.Text;
        var area = pages.Area;
        var section = pages.Structure.Add(pages.Structure.Root, StructureRole.Section);
        var title = text.Heading1;
        pages.Add(new DestinationItem(Destination, area.Left, pages.Top));
        pages.Place(_setter.Set(heading, title, area.Measure), title, BookBlockAlignment.Left, pages.Structure.Add(section, StructureRole.Heading1));
        pages.Skip(Math.Max(title.SpaceAfter, text.Body.Leading));

        var entry = text.Body with { FirstLineIndent = 0 };
        var part = entry with { Face = FontFace.Bold };
        var authors = entry with { Face = entry.Face == FontFace.Italic ? FontFace.Regular : FontFace.Italic };
        var gap = entry.Size;
        var folioWidth = entries.Where(e => e.Folio is not null).Select(e => _setter.Set(e.Folio!, entry, 10_000)[0].Width).DefaultIfEmpty(0).Max();
        var measure = area.Measure - folioWidth - (2 * gap);
        var dot = _setter.Set(".", entry, 10_000)[0];
        foreach (var item in entries)
        {
            Entry(pages, section, item, item.IsPart ? part : entry, authors, measure, dot);
        }
    }

    private void Entry(BookPageComposer pages, int section, ContentsEntry item, TextStyle style, TextStyle authorStyle, double measure, TypesetLine dot)
    {
        var area = pages.Area;
        var lines = _setter.Set(item.Title, style, measure);
        var authorLines = item.Authors.IsDefaultOrEmpty ? [] : _setter.Set(string.Join(", ", item.Authors), authorStyle, measure);
        var before = item.IsPart ? style.Leading : 0;
        var after = style.Leading / 2;
        var height = (lines.Length * style.Leading) + (authorLines.Length * authorStyle.Leading) + after;
        pages.KeepTogether(before + height);
        if (!pages.PageIsEmpty)
        {
            pages.Skip(before);
        }

        var paragraph = pages.Structure.Add(section, StructureRole.Paragraph);
        var link = pages.Structure.Add(paragraph, StructureRole.Link);
        var top = pages.Top;
        var baselines = pages.Place(lines, style, BookBlockAlignment.Left, link);
        if (item.Folio is { } folio)
        {
            var number = _setter.Set(folio, style, 10_000)[0];
            var x = area.Left + area.Measure - number.Width;
            var color = StyleMapping.Color(style.Color);
            var leaderStart = area.Left + lines[^1].Width + (style.Size * LeaderPitchEms);
            if (Leaders(dot, color, leaderStart, x - (style.Size * LeaderPitchEms), baselines[^1], style.Size * LeaderPitchEms) is { } leaders)
            {
                pages.Add(leaders);
            }

            foreach (var placed in new PlacedLine(number, color, tag: new StructureTag(pages.Structure, link)).Place(x, baselines[^1]))
            {
                pages.Add(placed);
            }
        }

        pages.Add(new LinkItem(area.Left, top, area.Measure, lines.Length * style.Leading, null, item.Destination)
        {
            StructureId = link,
            Description = "Go to " + item.Title,
        });
        pages.Place(authorLines, authorStyle, BookBlockAlignment.Left, paragraph);
        pages.Skip(after);
    }

    /// <summary>Dots on the page-wide grid of <paramref name="pitch"/> between <paramref name="from"/> and <paramref name="to"/>; null when none fits.</summary>
    private static GlyphRun? Leaders(TypesetLine dot, RgbColor color, double from, double to, double baseline, double pitch)
    {
        if (dot.Runs.IsDefaultOrEmpty || dot.Runs[0].Glyphs.IsEmpty)
        {
            return null;
        }

        var run = dot.Runs[0];
        var glyph = run.Glyphs[0];
        var first = Math.Ceiling(from / pitch) * pitch;
        var count = (int)Math.Floor((to - dot.Width - first) / pitch) + 1;
        if (count <= 0)
        {
            return null;
        }

        var glyphs = new PositionedGlyph[count];
        for (var i = 0; i < count; i++)
        {
            glyphs[i] = new PositionedGlyph(glyph.GlyphId, i * pitch, 0, ".");
        }

        return new GlyphRun(run.Font, run.Size, first, baseline, color, new PositionedGlyphs(glyphs, count));
    }
}
