using System.Globalization;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout;

/// <summary>
/// Ties a line's frame items to its structure element. Glyph runs and images take the element's id, except runs of an
/// inline span: a link's text goes into a Link element under the element, shared with the link's annotations on every
/// line (PDF/UA-1 §7.18.5: a Link holds its text and its annotation, ISO 32000-1 §14.7.4.3); a note marker into a
/// Link inside a Reference (ISO 32000-1 §14.8.4.4); a list label into the item's Lbl (PDF/UA-1 §7.6). A link with no
/// text of its own (a note's back-link drawn over its number) gets a Link element by itself unless it names one. Text
/// in a language of its own is a Span with /Lang (ISO 32000-1 §14.9.2.2; a Link in such text carries the /Lang).
/// </summary>
internal sealed class StructureTag
{
    private readonly StructureBuilder _builder;
    private readonly int? _label;
    private readonly Dictionary<InlineSpan, int> _spans = [];

    /// <param name="labelElement">Where the paragraph's leading label goes (a list item's Lbl); null: the element.</param>
    public StructureTag(StructureBuilder builder, int elementId, int? labelElement = null)
    {
        _builder = builder;
        ElementId = elementId;
        _label = labelElement;
    }

    public int ElementId { get; }

    public FrameItem Apply(FrameItem item, InlineSpan span = default) => item switch
    {
        GlyphRun run => run with { StructureId = ElementFor(span) },
        ImageItem image => image with { StructureId = ElementId },
        LinkItem { StructureId: not null } link => link with { Description = link.Description ?? Describe(link) },
        LinkItem link => link with
        {
            StructureId = span.Kind is InlineSpanKind.Link or InlineSpanKind.NoteReference ? ElementFor(span) : _builder.Add(ElementId, StructureRole.Link),
            Description = Describe(link),
        },
        _ => item,
    };

    private int ElementFor(InlineSpan span)
    {
        switch (span.Kind)
        {
            case InlineSpanKind.None:
                return ElementId;
            case InlineSpanKind.Label:
                return _label ?? ElementId;
        }

        if (!_spans.TryGetValue(span, out var id))
        {
            var parent = span.Kind == InlineSpanKind.NoteReference ? _builder.Add(ElementId, StructureRole.Reference) : ElementId;
            var role = span.Kind == InlineSpanKind.Language ? StructureRole.Span : StructureRole.Link;
            _spans.Add(span, id = _builder.Add(parent, role, language: span.Language));
        }

        return id;
    }

    /// <summary>Note links are named by the layout's convention: <c>fn3</c> is note 3, <c>fnref3</c> its marker.</summary>
    public static string? Describe(LinkItem link) => link.Destination switch
    {
        null => null,
        var d when d.StartsWith("fnref", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"Back to the reference to note {d[5..]}"),
        var d when d.StartsWith("fn", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"Note {d[2..]}"),
        var d when ArticleDestination.InBook(d) is not null => "Go to another article of the book",
        var d when link.Reference is not null => "Cross-reference to " + d[CrossReferenceDestination.For(string.Empty).Length..],
        var d => "Go to " + d,
    };
}
