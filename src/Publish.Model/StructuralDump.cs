using System.Globalization;
using System.Text;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Model;

/// <summary>
/// A canonical text form of a document's content, without source positions. Two documents read from
/// different files (a legacy export and its Markdown import) are "equal" when their dumps are equal;
/// a test failure then shows a readable diff.
/// </summary>
public static class StructuralDump
{
    public static string Of(Document document)
    {
        var dump = new StringBuilder();
        var m = document.Metadata;
        Line(dump, 0, $"title: {m.Title}");
        Line(dump, 0, $"subtitle: {m.Subtitle}");
        Line(dump, 0, $"authors: {string.Join(" | ", m.Authors)}");
        Line(dump, 0, $"language: {m.Language}");
        Line(dump, 0, $"date: {m.Date}");
        Line(dump, 0, $"publisher: {m.Publisher}");
        Line(dump, 0, $"series: {m.Series}");
        Line(dump, 0, $"number: {m.Number}");
        Line(dump, 0, $"identifier: {m.Identifier}");
        Line(dump, 0, $"source: {m.Source}");
        Section(dump, "front matter", document.FrontMatter);
        Section(dump, "body", document.Body);
        Line(dump, 0, "notes:");
        foreach (var note in document.Notes)
        {
            Line(dump, 1, $"note {note.Number}:");
            Blocks(dump, 2, note.Content);
        }

        Line(dump, 0, "bibliography:");
        foreach (var entry in document.Bibliography)
        {
            Line(dump, 1, "entry " + Inlines(entry.Content));
        }

        Line(dump, 0, "citation: " + Inlines(document.Citation));
        Section(dump, "about the author", document.AboutAuthor);
        Line(dump, 0, "institution:");
        foreach (var line in document.Institution?.Lines ?? [])
        {
            Line(dump, 1, $"{line.Kind}: {line.Text} <{line.Url}>");
        }

        return dump.ToString();
    }

    private static void Section(StringBuilder dump, string name, IEnumerable<Block> blocks)
    {
        Line(dump, 0, name + ":");
        Blocks(dump, 1, blocks);
    }

    private static void Blocks(StringBuilder dump, int depth, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock h:
                    Line(dump, depth, $"heading {h.Level} " + Inlines(h.Content));
                    break;
                case ParagraphBlock p:
                    Line(dump, depth, "paragraph " + Inlines(p.Content));
                    break;
                case FigureBlock f:
                    Line(dump, depth, $"figure [{f.Image?.Path}] [{f.Image?.AltText}] " + Inlines(f.Caption));
                    break;
                case BlockQuoteBlock q:
                    Line(dump, depth, "quote");
                    Blocks(dump, depth + 1, q.Children);
                    break;
                case ListBlock l:
                    Line(dump, depth, l.Ordered ? $"ordered list from {l.Start}" : "bullet list");
                    foreach (var item in l.Items)
                    {
                        Line(dump, depth + 1, item.Task switch { true => "item [x]", false => "item [ ]", null => "item" });
                        Blocks(dump, depth + 2, item.Children);
                    }

                    break;
                case ThematicBreakBlock:
                    Line(dump, depth, "thematic break");
                    break;
                case CodeBlock c:
                    Line(dump, depth, "code " + c.Text.Replace("\n", "\\n", StringComparison.Ordinal));
                    break;
                case MathBlock m:
                    Line(dump, depth, "math " + m.Tex.Replace("\n", "\\n", StringComparison.Ordinal));
                    break;
                case TableBlock t:
                    Line(dump, depth, $"table {t.Number} #{t.Id} [{string.Join(" ", t.Columns.Select(c => c.Alignment + (c.RelativeWidth is { } w ? ":" + w.ToString("0.###", CultureInfo.InvariantCulture) : string.Empty)))}] " + Inlines(t.Caption));
                    foreach (var row in t.Rows)
                    {
                        Line(dump, depth + 1, row.IsHeader ? "header row" : "row");
                        foreach (var cell in row.Cells)
                        {
                            Line(dump, depth + 2, cell.ColumnSpan == 1 && cell.RowSpan == 1 ? "cell" : $"cell {cell.ColumnSpan}x{cell.RowSpan}");
                            Blocks(dump, depth + 3, cell.Content);
                        }
                    }

                    break;
                case DefinitionListBlock d:
                    Line(dump, depth, "definition list");
                    foreach (var item in d.Items)
                    {
                        foreach (var term in item.Terms)
                        {
                            Line(dump, depth + 1, "term " + Inlines(term));
                        }

                        foreach (var definition in item.Definitions)
                        {
                            Line(dump, depth + 1, "definition");
                            Blocks(dump, depth + 2, definition);
                        }
                    }

                    break;
                case DivBlock v:
                    Line(dump, depth, $"div #{v.Id} .{string.Join(" .", v.Classes)} lang={v.Language}");
                    Blocks(dump, depth + 1, v.Children);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown block kind {block.GetType().Name}.");
            }
        }
    }

    private static string Inlines(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            text.Append(inline switch
            {
                TextInline t => t.Text,
                EmphasisInline e => "{em " + Inlines(e.Children) + "}",
                StrongInline s => "{strong " + Inlines(s.Children) + "}",
                LinkInline l => "{link " + l.Target + " " + Inlines(l.Children) + "}",
                FormattedInline f => "{" + f.Format.ToString().ToLowerInvariant() + " " + Inlines(f.Children) + "}",
                SpanInline s => "{span" + (s.Language is null ? string.Empty : " lang=" + s.Language) + (s.Id is null ? string.Empty : " #" + s.Id) + string.Concat(s.Classes.Select(c => " ." + c)) + " " + Inlines(s.Children) + "}",
                CitationInline c => "{cite " + string.Join(";", c.Cites.Select(i => (i.SuppressAuthor ? "-@" : "@") + i.Key)) + (c.TargetId is null ? string.Empty : " #" + c.TargetId) + " " + Inlines(c.Children) + "}",
                CrossReferenceInline x => $"{{ref {x.TargetKind.ToString().ToLowerInvariant()} #{x.TargetId} {x.Number} " + Inlines(x.Children) + "}",
                ManuscriptLinkInline m => "{manuscript " + m.Path + (m.Fragment is null ? string.Empty : "#" + m.Fragment) + " " + Inlines(m.Children) + "}",
                MathInline m => "{math " + m.Tex + "}",
                CodeInline c => "{code " + c.Code + "}",
                LineBreakInline => "{br}",
                NoteReferenceInline n => "{note " + n.Note.Number.ToString(CultureInfo.InvariantCulture) + "}",
                _ => throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}."),
            });
        }

        return text.ToString();
    }

    private static void Line(StringBuilder dump, int depth, string text) =>
        dump.Append(' ', depth * 2).Append(text).Append('\n');
}
