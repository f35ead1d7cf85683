using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Engine.Books;

/// <summary>
/// One entry of a manifest's <c>books:</c> list (issue 20), checked: <see cref="Name"/> is a safe file name (the
/// editions are <c>OUTPUT/NAME.pdf</c> and <c>.epub</c>), <see cref="Identifier"/> passed its check digit, every part
/// is a manuscript file path (resolved against the manifest's folder; the build checks it lies inside it) or a section
/// title. <see cref="Span"/> is where the entry's <c>name</c> stands in the manifest: book-wide diagnostics point there.
/// <see cref="Alone"/> false keeps the parts out of the single builds.
/// </summary>
public sealed record BookEntry(string Name, string Title, ImmutableArray<BookEntryPart> Parts, SourceSpan Span)
{
    /// <summary>The keys a book entry may have.</summary>
    public static ImmutableArray<string> Keys { get; } = ["alone", "edition", "editors", "identifier", "language", "name", "parts", "publisher", "subtitle", "title"];

    /// <summary>The keys of a part written as a mapping (a part title page).</summary>
    public static ImmutableArray<string> PartKeys { get; } = ["section"];

    public string? Subtitle { get; init; }

    public ImmutableArray<string> Editors { get; init; } = [];

    public BookIdentifier? Identifier { get; init; }

    public string? Publisher { get; init; }

    public string? Edition { get; init; }

    /// <summary>A BCP 47 tag for the book's own pages; null: the first article's language.</summary>
    public string? Language { get; init; }

    public bool Alone { get; init; } = true;

    /// <summary>The manuscript files of the book, in reading order (full paths as the manifest resolved them).</summary>
    public ImmutableArray<string> Manuscripts => [.. Parts.Where(p => p.Path is not null).Select(p => p.Path!)];
}
