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

    public ImmutableArray<Inline> Apply(ImmutableArray<Inline> inlines) => InlineTreeRewriter.Rewrite(inlines, Labelled);

    private Inline? Labelled(Inline inline) =>
        inline is CrossReferenceInline reference && CrossReferenceLabel.TakesPage(reference) && _pages.PageOf(reference.Span) is { } page
            ? reference with { Children = [new TextInline(CrossReferenceLabel.Of(reference, _labels, page), reference.Span)] }
            : null;
}
