using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>Text in one of the <see cref="InlineFormat"/>s: struck through, sub- or superscript, small capitals.</summary>
public sealed record FormattedInline(InlineFormat Format, ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span);
