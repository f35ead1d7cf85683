using System.Collections.Immutable;
using Publish.Model.Pages;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Flow;

/// <summary>
/// A page's main text, figures and footnotes, positioned. <see cref="FirstAnchor"/> is where the page's
/// content begins in the document; <see cref="NoteNumbers"/> the notes that start on it, in order.
/// </summary>
public sealed record ComposedPage(ImmutableArray<FrameItem> Items, ContentAnchor? FirstAnchor, ImmutableArray<int> NoteNumbers);
