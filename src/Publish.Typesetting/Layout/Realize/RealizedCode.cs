using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Pages;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>A code block: one request per source line (never hyphenated), placed at <see cref="Left"/> in the code style.</summary>
internal sealed record RealizedCode(ImmutableArray<int> Lines, double Left, ContentAnchor Anchor, SourceSpan Span, int? Parent) : RealizedBlock;
