using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Inlines;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.CrossReferences;

/// <summary>
/// Writes the page into each generated figure or table label that <see cref="CrossReferencePages"/> knows one for
/// ("Table 2" → "Table 2 on p. 14"), as the reference's own text, so setting the paragraph needs to know nothing of
/// pages. The reference stays a link to its target; everything else is left as it is (the same instances).
/// </summary>
internal sealed class CrossReferenceLabels
{
    private readonly CrossReferencePages _pages;
    private readonly EditionLabels _labels;

    public CrossReferenceLabels(CrossReferencePages pages, EditionLabels labels)
    {
        _pages = pages;
        _labels = labels;
    }

    public ImmutableArray<Inline> Apply(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty)
        {
            return inlines;
        }

        ImmutableArray<Inline>.Builder? changed = null;
        for (var i = 0; i < inlines.Length; i++)
        {
            var inline = inlines[i];
            var applied = Apply(inline);
            if (!ReferenceEquals(applied, inline) && changed is null)
            {
                changed = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
                changed.AddRange(inlines, i);
            }

            changed?.Add(applied);
        }

        return changed?.MoveToImmutable() ?? inlines;
    }

    private Inline Apply(Inline inline) => inline switch
    {
        CrossReferenceInline reference when CrossReferenceLabel.TakesPage(reference) && _pages.PageOf(reference.Span) is { } page =>
            reference with { Children = [new TextInline(CrossReferenceLabel.Of(reference, _labels, page), reference.Span)] },
        EmphasisInline e => Rebuilt(e, e.Children, children => e with { Children = children }),
        StrongInline s => Rebuilt(s, s.Children, children => s with { Children = children }),
        LinkInline l => Rebuilt(l, l.Children, children => l with { Children = children }),
        FormattedInline f => Rebuilt(f, f.Children, children => f with { Children = children }),
        SpanInline s => Rebuilt(s, s.Children, children => s with { Children = children }),
        _ => inline,
    };

    private Inline Rebuilt(Inline inline, ImmutableArray<Inline> children, Func<ImmutableArray<Inline>, Inline> with)
    {
        var applied = Apply(children);
        return applied == children ? inline : with(applied);
    }
}
