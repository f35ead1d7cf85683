using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Books;

/// <summary>
/// What happened to one book of the manifest (issue 20), as <see cref="ManuscriptResult"/> says it of a manuscript:
/// <see cref="Succeeded"/> is false when the book or one of its parts had errors (or warnings under <c>--strict</c>):
/// then no edition was written and the previous ones, kept untouched, are listed in <see cref="Stale"/>.
/// <see cref="Span"/> is where the book is named in the manifest; <see cref="Parts"/> its manuscripts in reading order.
/// <see cref="Unavailable"/> lists requested formats this build of the tool cannot make of a book yet.
/// </summary>
public sealed record BookResult(
    string Name,
    SourceSpan Span,
    ImmutableArray<string> Parts,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<EditionOutput> Outputs,
    EditionFormats Unavailable,
    bool Strict,
    BookSummary? Summary = null,
    TimeSpan Elapsed = default,
    ImmutableArray<EditionOutput> Stale = default)
{
    /// <summary>Nothing the book depends on changed since its editions were written: they were kept, not rebuilt.</summary>
    public bool FromCache { get; init; }

    /// <summary>Every part and photo the book was built from, as its cache entry records them (empty when the book failed).</summary>
    public ImmutableArray<Caching.InputRecord> Inputs { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public bool HasWarnings => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning);

    public bool Succeeded => !HasErrors && !(Strict && HasWarnings);

    /// <summary>An internal error (a bug) happened while building this book.</summary>
    public bool HasInternalError => Diagnostics.Any(d => string.Equals(d.Code, EngineDiagnosticCodes.InternalError, StringComparison.Ordinal));
}
