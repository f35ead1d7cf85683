using System.Text;
using Publish.Manuscript.Markdown;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Export;

/// <summary>A citation written back in Pandoc's syntax (<c>[see @a, p. 33; -@b]</c>, <c>@a [p. 33]</c>), so an import keeps it a citation.</summary>
internal static class CitationMarkdown
{
    public static string Write(CitationInline citation)
    {
        if (citation.InText && citation.Cites.Length == 1)
        {
            var only = citation.Cites[0];
            var suffix = Suffix(only);
            return "@" + only.Key + (suffix.Length == 0 ? string.Empty : " [" + suffix.TrimStart(',', ' ') + "]");
        }

        var text = new StringBuilder("[");
        for (var i = 0; i < citation.Cites.Length; i++)
        {
            var cite = citation.Cites[i];
            if (i > 0)
            {
                text.Append("; ");
            }

            if (cite.Prefix.Length > 0)
            {
                text.Append(cite.Prefix).Append(' ');
            }

            text.Append(cite.SuppressAuthor ? "-@" : "@").Append(cite.Key).Append(Suffix(cite));
        }

        return text.Append(']').ToString();
    }

    private static string Suffix(CitedItem cite)
    {
        var locator = cite.Locator.Length == 0 ? string.Empty : ", " + CitationLocators.TermOf(cite.Label) + " " + (cite.Locator.Contains(' ', StringComparison.Ordinal) ? "{" + cite.Locator + "}" : cite.Locator);
        var rest = cite.Suffix.Length == 0 ? string.Empty : cite.Suffix[0] is ',' or ';' ? cite.Suffix : " " + cite.Suffix;
        return locator + rest;
    }
}
