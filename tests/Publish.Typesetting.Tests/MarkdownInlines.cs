using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Model.Inlines;

namespace Publish.Typesetting.Tests;

/// <summary>
/// Just enough inline Markdown to copy a paragraph from a generated manuscript into a typesetting test:
/// <c>**strong**</c>, <c>*emphasis*</c>, <c>`code`</c>, <c>[^n]</c> note references and <c>[text](url)</c> links;
/// everything else is text, as written (the caller gives the typographic quotes and dashes the reader would).
/// </summary>
internal static partial class MarkdownInlines
{
    public static ImmutableArray<Inline> Parse(string text)
    {
        var span = Inlines.Span();
        return MarkupSplitter.Split(text, Markup(), span, m =>
            m.Groups["strong"].Success ? new StrongInline([new TextInline(m.Groups["strong"].Value, span)], span)
            : m.Groups["em"].Success ? new EmphasisInline([new TextInline(m.Groups["em"].Value, span)], span)
            : m.Groups["code"].Success ? new CodeInline(m.Groups["code"].Value, span)
            : m.Groups["note"].Success ? Inlines.Note(int.Parse(m.Groups["note"].Value, CultureInfo.InvariantCulture))
            : new LinkInline(m.Groups["url"].Value, [new TextInline(m.Groups["link"].Value, span)], span));
    }

    [GeneratedRegex(@"\*\*(?<strong>[^*]+)\*\*|\*(?<em>[^*]+)\*|`(?<code>[^`]+)`|\[\^(?<note>\d+)\]|\[(?<link>[^\]]+)\]\((?<url>[^)]+)\)")]
    private static partial Regex Markup();
}
