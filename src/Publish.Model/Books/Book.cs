using System.Collections.Immutable;

namespace Publish.Model.Books;

/// <summary>
/// A book or a journal issue: many manuscripts under one cover, each article keeping its own metadata, notes
/// (numbered from 1 in each) and bibliography. Built from a manifest's <c>books:</c> entry (issue 20) into one PDF
/// and one EPUB. <see cref="Parts"/> are in reading order: articles, and the section titles that open a part.
/// </summary>
public sealed record Book(BookMetadata Metadata, ImmutableArray<BookPart> Parts)
{
    /// <summary>The articles in reading order, without the section titles between them.</summary>
    public ImmutableArray<BookArticle> Articles => [.. Parts.OfType<BookArticle>()];

    /// <summary>The links between its articles the engine resolved; none by default (every such link stays text).</summary>
    public BookLinks Links { get; init; } = BookLinks.None;
}

/// <summary>
/// What the book's own pages print: the half-title and title page (<see cref="Title"/>, <see cref="Subtitle"/>,
/// <see cref="Editors"/>), the imprint (<see cref="Publisher"/>, <see cref="Identifier"/>, <see cref="Edition"/>,
/// the copyright year from the build date, the institution lines). <see cref="Name"/> names the edition files
/// (<c>OUTPUT/NAME.pdf</c>). <see cref="Language"/> picks the labels ("Contents", "İçindekiler"): the manifest's, else
/// the first article's.
/// </summary>
public sealed record BookMetadata(string Name, string Title)
{
    public string? Subtitle { get; init; }

    public ImmutableArray<string> Editors { get; init; } = [];

    /// <summary>An ISBN or ISSN as the manifest wrote it (the engine has checked its check digit), e.g. <c>ISSN 2146-5665</c>.</summary>
    public string? Identifier { get; init; }

    public string? Publisher { get; init; }

    /// <summary>"Second edition", "Issue 48": printed on the imprint page when set.</summary>
    public string? Edition { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>The lines the imprint page and the footer print (the house style's, as the engine chose them); null for none.</summary>
    public Institution? Institution { get; init; }
}

/// <summary>One entry of a book's <c>parts</c>, at <see cref="Span"/> in the manifest.</summary>
public abstract record BookPart(SourceSpan Span);

/// <summary>A part title (<c>- section: Book reviews</c>): a page of its own before the articles that follow.</summary>
public sealed record BookSection(string Title, SourceSpan Span) : BookPart(Span);

/// <summary>An article: a manuscript read as it would be alone (its <see cref="Document.SourcePath"/> is the file).</summary>
public sealed record BookArticle(Document Document, SourceSpan Span) : BookPart(Span);
