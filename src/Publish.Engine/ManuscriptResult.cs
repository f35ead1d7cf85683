using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>
/// What happened to one manuscript. <see cref="Succeeded"/> is false when it had errors (then no edition
/// was written and stale ones were removed). <see cref="Unavailable"/> lists requested formats this build of
/// the tool cannot write yet — said plainly rather than pretended.
/// </summary>
public sealed record ManuscriptResult(
    string Source,
    Document? Document,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<EditionOutput> Outputs,
    EditionFormats Unavailable,
    bool Strict)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public bool HasWarnings => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning);

    public bool Succeeded => !HasErrors && !(Strict && HasWarnings);
}
