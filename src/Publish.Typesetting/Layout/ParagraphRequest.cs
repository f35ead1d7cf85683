using System.Collections.Immutable;
using Publish.Styles;

namespace Publish.Typesetting.Layout;

/// <summary>
/// One paragraph the flow will ask to have set: its content in a text style at a measure and first-line indent.
/// <see cref="Key"/> is the model object it comes from (compared by reference), so the flow can find it again.
/// </summary>
internal sealed record ParagraphRequest(
    object Key,
    ImmutableArray<Model.Inlines.Inline> Content,
    TextStyle Style,
    double Measure,
    double Indent,
    bool Hyphenate)
{
    /// <summary>Whether the flow's actual call has the same parameters (else the prepared layout is not used).</summary>
    public bool Matches(TextStyle style, double measure, double indent, bool hyphenate) =>
        measure == Measure && indent == Indent && hyphenate == Hyphenate && Style.Equals(style);
}
