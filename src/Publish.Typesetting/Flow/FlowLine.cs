using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Pages;

namespace Publish.Typesetting.Flow;

/// <summary>
/// A line of main text occupying <see cref="Leading"/> points of height. <see cref="Notes"/> are the notes
/// whose markers are on this line, first references only, in marker order: the composer keeps the invariant
/// that a note starts on the page of its marker. <see cref="Block"/> identifies the paragraph (for widow and
/// orphan control), <see cref="KeepWithNext"/> glues a heading to what follows, <see cref="Anchor"/> says where
/// in the document the line begins (for the EPUB's print page list).
/// </summary>
public sealed record FlowLine(
    ILineBox Line,
    double X,
    double Leading,
    ImmutableArray<FootnoteBody> Notes,
    BlockPosition Block,
    bool KeepWithNext,
    ContentAnchor? Anchor,
    SourceSpan Span) : FlowElement
{
    /// <summary>The line ends in a hyphen that breaks a word: the page composer avoids ending a page on it (TeX's <c>\brokenpenalty</c>).</summary>
    public bool EndsWithHyphen { get; init; }
}
