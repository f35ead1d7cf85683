using System.Collections.Immutable;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Books;

/// <summary>
/// One article laid out for a book: its pages (placed on their sides, no running footer or title yet), structure,
/// outline, page map and the diagnostics its layout gave — all the book takes of it, and what <see cref="IArticleLayoutCache"/> keeps.
/// </summary>
public sealed record ArticleLayout(
    ImmutableArray<PageFrame> Pages,
    ImmutableArray<StructureElement> Structure,
    ImmutableArray<OutlineEntry> Outline,
    PrintPageMap PageMap,
    ImmutableArray<Diagnostic> Diagnostics);
