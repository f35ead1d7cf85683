using System.Collections.Immutable;
using System.Net;
using System.Text.RegularExpressions;
using Publish.Manuscript.Input;
using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Citing;

/// <summary>
/// The CSL processor's HTML (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, small caps, super- and subscript spans, links) as
/// model inlines, so the editions set a rendered citation or entry with its formatting. A span that only undoes a
/// formatting inside it (<c>font-style:normal</c>) is emphasis again, which toggles back; other spans are their text.
/// </summary>
internal static partial class CslHtmlInlines
{
    public static ImmutableArray<Inline> Convert(string html, SourceSpan span)
    {
        var stack = new Stack<(string Tag, Func<ImmutableArray<Inline>, Inline?> Make, ImmutableArray<Inline>.Builder Children)>();
        var root = ImmutableArray.CreateBuilder<Inline>();
        ImmutableArray<Inline>.Builder Current() => stack.Count > 0 ? stack.Peek().Children : root;
        var at = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            AddText(Current(), html[at..tag.Index], span);
            at = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (tag.Groups["close"].Success)
            {
                if (stack.Count > 0 && stack.Peek().Tag == name)
                {
                    var (_, make, children) = stack.Pop();
                    var content = children.ToImmutable();
                    if (make(content) is { } made)
                    {
                        Current().Add(made);
                    }
                    else
                    {
                        Current().AddRange(content);
                    }
                }

                continue;
            }

            var attributes = tag.Groups["attributes"].Value;
            Func<ImmutableArray<Inline>, Inline?> maker = name switch
            {
                "i" or "em" => children => new EmphasisInline(children, span),
                "b" or "strong" => children => new StrongInline(children, span),
                "sup" => children => new FormattedInline(InlineFormat.Superscript, children, span),
                "sub" => children => new FormattedInline(InlineFormat.Subscript, children, span),
                "span" when attributes.Contains("small-caps", StringComparison.Ordinal) => children => new FormattedInline(InlineFormat.SmallCaps, children, span),
                "span" when attributes.Contains("font-style:normal", StringComparison.Ordinal) && Italic(stack) => children => new EmphasisInline(children, span),
                "a" when Href().Match(attributes) is { Success: true } href && LinkPolicy.IsAllowed(WebUtility.HtmlDecode(href.Groups[1].Value)) =>
                    children => new LinkInline(WebUtility.HtmlDecode(href.Groups[1].Value), children, span),
                _ => _ => null,
            };
            stack.Push((name, maker, ImmutableArray.CreateBuilder<Inline>()));
        }

        AddText(Current(), html[at..], span);
        while (stack.Count > 0)
        {
            // An unclosed tag (none is expected): its content stays, unformatted.
            var (_, _, children) = stack.Pop();
            Current().AddRange(children);
        }

        return root.ToImmutable();
    }

    private static bool Italic(Stack<(string Tag, Func<ImmutableArray<Inline>, Inline?> Make, ImmutableArray<Inline>.Builder Children)> stack) =>
        stack.Any(open => open.Tag is "i" or "em");

    private static void AddText(ImmutableArray<Inline>.Builder inlines, string html, SourceSpan span)
    {
        if (html.Length == 0)
        {
            return;
        }

        var text = WebUtility.HtmlDecode(html);
        if (inlines.Count > 0 && inlines[^1] is TextInline previous)
        {
            inlines[^1] = previous with { Text = previous.Text + text };
        }
        else
        {
            inlines.Add(new TextInline(text, span));
        }
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z]+)(?<attributes>[^>]*)>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
