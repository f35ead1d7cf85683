using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// One bibliography entry per paragraph; a paragraph that is only a URL (in any wrapper) is the link of the
/// entry before it and is appended to that entry (a URL with no entry before it is an entry of its own).
/// </summary>
internal static class LegacyBibliographyBuilder
{
    public static ImmutableArray<BibliographyEntry> Build(IReadOnlyList<LegacyParagraph> paragraphs, LegacyInlineBuilder builder, LegacyNoteTable notes)
    {
        var entries = new List<BibliographyEntry>();
        foreach (var paragraph in paragraphs)
        {
            var content = builder.Build(paragraph.Content, notes);
            if (entries.Count > 0 && LegacyPatterns.UrlOnly().IsMatch(paragraph.Text))
            {
                var before = entries[^1];
                entries[^1] = before with { Content = [.. before.Content, new TextInline(" ", paragraph.Span), .. content] };
                continue;
            }

            entries.Add(new BibliographyEntry(content, paragraph.Span));
        }

        return [.. entries];
    }
}
