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
    public static ImmutableArray<Publish.Model.Inlines.Inline> Parse(string text)
    {
        var span = Inlines.Span();
        var result = ImmutableArray.CreateBuilder<Publish.Model.Inlines.Inline>();
        var last = 0;
        foreach (Match m in Markup().Matches(text))
        {
            if (m.Index > last)
            {
                result.Add(new TextInline(text[last..m.Index], span));
            }

            if (m.Groups["strong"].Success)
            {
                result.Add(new StrongInline([new TextInline(m.Groups["strong"].Value, span)], span));
            }
            else if (m.Groups["em"].Success)
            {
                result.Add(new EmphasisInline([new TextInline(m.Groups["em"].Value, span)], span));
            }
            else if (m.Groups["code"].Success)
            {
                result.Add(new CodeInline(m.Groups["code"].Value, span));
            }
            else if (m.Groups["note"].Success)
            {
                result.Add(Inlines.Note(int.Parse(m.Groups["note"].Value, CultureInfo.InvariantCulture)));
            }
            else
            {
                result.Add(new LinkInline(m.Groups["url"].Value, [new TextInline(m.Groups["link"].Value, span)], span));
            }

            last = m.Index + m.Length;
        }

        if (last < text.Length)
        {
            result.Add(new TextInline(text[last..], span));
        }

        return result.ToImmutable();
    }

    [GeneratedRegex(@"\*\*(?<strong>[^*]+)\*\*|\*(?<em>[^*]+)\*|`(?<code>[^`]+)`|\[\^(?<note>\d+)\]|\[(?<link>[^\]]+)\]\((?<url>[^)]+)\)")]
    private static partial Regex Markup();
}
