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
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The article's right-hand running title as chosen when it was laid out (its warning, when cut, is among
    /// <see cref="Diagnostics"/>); null when not chosen with the layout. Choosing it sets the title to see whether it
    /// fits, which for a book's forty articles was a good part of laying out a book whose articles all come recorded.
    /// </summary>
    public ArticleRunningTitle? RunningTitle { get; init; }
}

/// <summary>An article's running title, and the book language it was set in to see whether it fits the line.</summary>
public sealed record ArticleRunningTitle(string Text, string Language);
