using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Typesetting.Tests;

/// <summary>
/// The loop the tests' small inline parsers share: text between a pattern's matches stays text, and each match
/// becomes the inline its parser makes of it.
/// </summary>
internal static class MarkupSplitter
{
    public static ImmutableArray<Inline> Split(string text, Regex markup, SourceSpan span, Func<Match, Inline> inline)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        var last = 0;
        foreach (Match match in markup.Matches(text))
        {
            if (match.Index > last)
            {
                result.Add(new TextInline(text[last..match.Index], span));
            }

            result.Add(inline(match));
            last = match.Index + match.Length;
        }

        if (last < text.Length)
        {
            result.Add(new TextInline(text[last..], span));
        }

        return result.ToImmutable();
    }
}
