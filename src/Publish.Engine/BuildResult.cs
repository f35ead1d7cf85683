using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>
/// The outcome of a build: one result per manuscript, one per book of the manifest (<see cref="Books"/>, in the
/// manifest's order), plus diagnostics about the build itself (style, inputs).
/// </summary>
public sealed record BuildResult(ImmutableArray<ManuscriptResult> Manuscripts, ImmutableArray<Diagnostic> BuildDiagnostics)
{
    public ImmutableArray<Books.BookResult> Books { get; init; } = [];

    public bool Succeeded =>
        Manuscripts.All(m => m.Succeeded) && Books.All(b => b.Succeeded) && BuildDiagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
