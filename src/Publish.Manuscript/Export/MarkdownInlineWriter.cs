using System.Globalization;
using System.Text;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Export;

/// <summary>
/// Writes inlines as Markdown: <c>*em*</c>, <c>**strong**</c>, <c>[text](&lt;url&gt;)</c>, <c>&lt;url&gt;</c> when the
/// text is the URL, code spans with a fence longer than any backtick run inside, <c>[^n]</c> note markers
/// (n is the note's number), <c>\</c> + newline for a forced break; and Pandoc's extensions (issue 17):
/// <c>~~strike~~</c>, <c>H~2~O</c>, <c>x^2^</c>, <c>[text]{.smallcaps}</c>, <c>[text]{lang=tr}</c>, <c>$tex$</c>, and a
/// cross-reference as a link to its target's id (<c>[text](#id)</c>; <c>[](#id)</c> when the writers print the label).
/// </summary>
internal static class MarkdownInlineWriter
{
    public static string Write(IEnumerable<Inline> inlines)
    {
        var markdown = new StringBuilder();
        foreach (var inline in inlines)
        {
            Append(markdown, inline);
        }

        return markdown.ToString();
    }

    private static void Append(StringBuilder markdown, Inline inline)
    {
        switch (inline)
        {
            case TextInline text:
                markdown.Append(MarkdownTextEscaper.Escape(text.Text));
                break;
            case EmphasisInline emphasis:
                Delimited(markdown, "*", Write(emphasis.Children));
                break;
            case StrongInline strong:
                Delimited(markdown, "**", Write(strong.Children));
                break;
            case LinkInline link:
                AppendLink(markdown, link);
                break;
            case CodeInline code:
                AppendCode(markdown, code.Code);
                break;
            case LineBreakInline:
                markdown.Append("\\\n");
                break;
            case NoteReferenceInline { Note: { FromCitation: true, Content: [ParagraphBlock { Content: [CitationInline citation] }] } }:
                // An in-text citation's note follows its names, which wrote the citation already.
                if (!citation.InText)
                {
                    markdown.Append(CitationMarkdown.Write(citation));
                }

                break;
            case NoteReferenceInline note:
                markdown.Append("[^").Append(note.Note.Number.ToString(CultureInfo.InvariantCulture)).Append(']');
                break;
            case FormattedInline formatted:
                AppendFormatted(markdown, formatted);
                break;
            case SpanInline span:
                AppendSpan(markdown, span);
                break;
            case MathInline math:
                AppendMath(markdown, math.Tex);
                break;
            case CitationInline citation:
                markdown.Append(CitationMarkdown.Write(citation));
                break;
            case CrossReferenceInline reference:
                markdown.Append('[').Append(Write(reference.Children)).Append("](#").Append(reference.TargetId).Append(')');
                break;
            case ManuscriptLinkInline link:
                markdown.Append('[').Append(Write(link.Children)).Append("](").Append(ManuscriptTarget(link)).Append(')');
                break;
            default:
                throw new InvalidOperationException($"Unknown inline kind {inline.GetType().Name}.");
        }
    }

    private static void AppendFormatted(StringBuilder markdown, FormattedInline formatted)
    {
        var content = Write(formatted.Children);
        switch (formatted.Format)
        {
            case InlineFormat.Strikethrough:
                Delimited(markdown, "~~", content);
                break;
            case InlineFormat.Subscript:
                Delimited(markdown, "~", content);
                break;
            case InlineFormat.Superscript:
                Delimited(markdown, "^", content);
                break;
            case InlineFormat.SmallCaps:
                markdown.Append('[').Append(content).Append("]{.smallcaps}");
                break;
            default:
                throw new InvalidOperationException($"Unknown inline format {formatted.Format}.");
        }
    }

    /// <summary>A span without any attribute carries nothing a reader could keep, so only its content is written.</summary>
    private static void AppendSpan(StringBuilder markdown, SpanInline span)
    {
        var pairs = span.Language is { } language ? new[] { ("lang", language) } : [];
        var attributes = MarkdownAttributes.Write(span.Id, span.Classes, pairs);
        var content = Write(span.Children);
        if (attributes.Length == 0)
        {
            markdown.Append(content);
            return;
        }

        markdown.Append('[').Append(content).Append(']').Append(attributes);
    }

    /// <summary>
    /// Pandoc's <c>tex_math_dollars</c>: the opening <c>$</c> must have a non-space right after it and the closing one a
    /// non-space right before it, so surrounding white space moves outside; a line break in the TeX becomes a space.
    /// </summary>
    private static void AppendMath(StringBuilder markdown, string tex)
    {
        var core = tex.Replace('\n', ' ').Trim();
        if (core.Length == 0)
        {
            return;
        }

        markdown.Append('$').Append(core).Append('$');
    }

    /// <summary>Emphasis delimiters cannot sit next to white space, so surrounding white space moves outside them.</summary>
    private static void Delimited(StringBuilder markdown, string delimiter, string content)
    {
        var core = content.Trim();
        if (core.Length == 0)
        {
            markdown.Append(content);
            return;
        }

        var leading = content[..(content.Length - content.TrimStart().Length)];
        var trailing = content[content.TrimEnd().Length..];
        markdown.Append(leading).Append(delimiter).Append(core).Append(delimiter).Append(trailing);
    }

    /// <summary>The link's path and fragment percent-encoded again (a space or parenthesis would end the target), the folders' slashes kept.</summary>
    private static string ManuscriptTarget(ManuscriptLinkInline link) =>
        string.Join('/', link.Path.Split('/').Select(Uri.EscapeDataString)) + (link.Fragment is null ? string.Empty : "#" + Uri.EscapeDataString(link.Fragment));

    private static void AppendLink(StringBuilder markdown, LinkInline link)
    {
        if (link.Children is [TextInline only] && IsAutolinkable(link.Target))
        {
            if (string.Equals(only.Text, link.Target, StringComparison.Ordinal))
            {
                markdown.Append('<').Append(link.Target).Append('>');
                return;
            }

            if (string.Equals("mailto:" + only.Text, link.Target, StringComparison.Ordinal) && only.Text.Contains('@', StringComparison.Ordinal))
            {
                markdown.Append('<').Append(only.Text).Append('>');
                return;
            }
        }

        markdown.Append('[').Append(Write(link.Children)).Append("](").Append(Destination(link.Target)).Append(')');
    }

    /// <summary>A link destination in angle brackets; backslash, ampersand and brackets escaped so the URL reads back unchanged.</summary>
    public static string Destination(string url)
    {
        var destination = new StringBuilder(url.Length + 2).Append('<');
        foreach (var c in url)
        {
            switch (c)
            {
                case '\\' or '&' or '<' or '>': destination.Append('\\').Append(c); break;
                case '\n': destination.Append("%0A"); break;
                default: destination.Append(c); break;
            }
        }

        return destination.Append('>').ToString();
    }

    private static bool IsAutolinkable(string url) =>
        url.All(c => c > ' ' && c is not '<' and not '>' and not '\\' and not '&');

    private static void AppendCode(StringBuilder markdown, string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = code.StartsWith('`') || code.EndsWith('`') || (code.Length > 0 && code[0] == ' ' && code[^1] == ' ' && code.Trim(' ').Length > 0);
        markdown.Append(fence);
        if (pad)
        {
            markdown.Append(' ');
        }

        markdown.Append(code.Replace('\n', ' '));
        if (pad)
        {
            markdown.Append(' ');
        }

        markdown.Append(fence);
    }
}
