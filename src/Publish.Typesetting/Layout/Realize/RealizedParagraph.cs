using Publish.Model;
using Publish.Model.Pages;
using Publish.Styles;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// A paragraph (or heading, bibliography entry, ornament) to place: request <see cref="Request"/> set in
/// <see cref="Style"/> in a column at <see cref="Left"/> <see cref="Measure"/> wide. Lines after the first start
/// <see cref="Hang"/> further right (the request's measure is already that much shorter). <see cref="Destination"/>
/// names its first line for the outline; <see cref="Role"/> null makes it an artifact; <see cref="Parent"/> is the
/// structure group it belongs to (null for the document); <see cref="LabelGroup"/>, when set, is the group (a list
/// item's Lbl) that the request's leading label is tagged into.
/// </summary>
internal sealed record RealizedParagraph(
    int Request,
    TextStyle Style,
    double Left,
    double Measure,
    double Hang,
    bool KeepWithNext,
    ContentAnchor? Anchor,
    SourceSpan Span,
    string? Destination,
    StructureRole? Role,
    int? Parent,
    int? LabelGroup = null) : RealizedBlock;
