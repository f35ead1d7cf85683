using Publish.Model;

namespace Publish.Engine.Books;

/// <summary>
/// One item of a book's <c>parts</c>: a manuscript file (<see cref="Path"/>, resolved against the manifest's folder) or a
/// part title page (<see cref="Section"/>); exactly one of the two is set. <see cref="Span"/> is where it stands in the manifest.
/// </summary>
public sealed record BookEntryPart(string? Path, string? Section, SourceSpan Span);
