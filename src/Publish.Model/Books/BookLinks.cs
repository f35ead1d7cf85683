using System.Collections.Immutable;
using System.Globalization;
using Publish.Model.Inlines;

namespace Publish.Model.Books;

/// <summary>
/// Where the links from one article of a book to another (<see cref="ManuscriptLinkInline"/>) go, found by the link's
/// position in its manuscript: the engine resolves them against the book's parts before the editions are made, and the
/// writers look them up instead of the model being rewritten. A link that is not here (to a manuscript the book does
/// not hold, or to a heading its target lacks) stays the author's text, as it does in a single edition.
/// </summary>
public sealed class BookLinks
{
    private readonly ImmutableDictionary<SourceSpan, BookLinkTarget> _targets;

    public BookLinks(ImmutableDictionary<SourceSpan, BookLinkTarget> targets) => _targets = targets;

    public static BookLinks None { get; } = new(ImmutableDictionary<SourceSpan, BookLinkTarget>.Empty);

    public int Count => _targets.Count;

    public BookLinkTarget? TargetOf(ManuscriptLinkInline link) => _targets.GetValueOrDefault(link.Span);

    /// <summary>The link with its target article set when the book resolved it; else the same link.</summary>
    public ManuscriptLinkInline Resolved(ManuscriptLinkInline link) =>
        TargetOf(link) is { } target ? link with { Article = target.Article } : link;

    /// <summary>
    /// What an article's layout takes from the book's links, as text for a cache key: where the links written in
    /// <paramref name="sourcePath"/> go (target article and heading, in source order) and which of article
    /// <paramref name="article"/>'s headings other articles link to. An article whose own text is unchanged is laid
    /// out differently when either changes (a link becomes text, a heading gets a destination), so a recorded layout
    /// is reused only when this is the same too.
    /// </summary>
    public string KeyOf(int article, string sourcePath)
    {
        var outgoing = _targets
            .Where(t => string.Equals(t.Key.File, sourcePath, StringComparison.Ordinal))
            .OrderBy(t => t.Key.Line).ThenBy(t => t.Key.Column)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key.Line}:{t.Key.Column}>{t.Value.Article}#{t.Value.HeadingId}"));
        var incoming = HeadingsLinkedIn(article).Order(StringComparer.Ordinal);
        return "links " + string.Join(',', outgoing) + " in " + string.Join(',', incoming);
    }

    /// <summary>The ids of article <paramref name="article"/>'s headings that other articles link to.</summary>
    public IReadOnlySet<string> HeadingsLinkedIn(int article) =>
        _targets.Values.Where(t => t.Article == article && t.HeadingId is not null).Select(t => t.HeadingId!).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A link's target: article <see cref="Article"/> of <c>Book.Articles</c> (from 0), at its heading <see cref="HeadingId"/> or, when null, its opening.</summary>
public sealed record BookLinkTarget(int Article, string? HeadingId);
