using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Typesetting.Layout.CrossReferences;

/// <summary>
/// Rewrites some inlines of a paragraph's tree before it is set, keeping every other instance (and every array nothing in
/// changed) as it was: <c>replace</c> answers the new inline for one it rewrites, or null to look inside it.
/// </summary>
internal static class InlineTreeRewriter
{
    public static ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> inlines, Func<Inline, Inline?> replace)
    {
        if (inlines.IsDefaultOrEmpty)
        {
            return inlines;
        }

        ImmutableArray<Inline>.Builder? changed = null;
        for (var i = 0; i < inlines.Length; i++)
        {
            var inline = inlines[i];
            var applied = Rewrite(inline, replace);
            if (!ReferenceEquals(applied, inline) && changed is null)
            {
                changed = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
                changed.AddRange(inlines, i);
            }

            changed?.Add(applied);
        }

        return changed?.MoveToImmutable() ?? inlines;
    }

    private static Inline Rewrite(Inline inline, Func<Inline, Inline?> replace) => replace(inline) ?? inline switch
    {
        EmphasisInline e => Rebuilt(e, e.Children, children => e with { Children = children }, replace),
        StrongInline s => Rebuilt(s, s.Children, children => s with { Children = children }, replace),
        LinkInline l => Rebuilt(l, l.Children, children => l with { Children = children }, replace),
        FormattedInline f => Rebuilt(f, f.Children, children => f with { Children = children }, replace),
        SpanInline s => Rebuilt(s, s.Children, children => s with { Children = children }, replace),
        CitationInline c => Rebuilt(c, c.Children, children => c with { Children = children }, replace),
        ManuscriptLinkInline m => Rebuilt(m, m.Children, children => m with { Children = children }, replace),
        _ => inline,
    };

    private static Inline Rebuilt(Inline inline, ImmutableArray<Inline> children, Func<ImmutableArray<Inline>, Inline> with, Func<Inline, Inline?> replace)
    {
        var applied = Rewrite(children, replace);
        return applied == children ? inline : with(applied);
    }
}
