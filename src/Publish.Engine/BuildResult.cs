using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>The outcome of a build: one result per manuscript, plus diagnostics about the build itself (style, inputs).</summary>
public sealed record BuildResult(ImmutableArray<ManuscriptResult> Manuscripts, ImmutableArray<Diagnostic> BuildDiagnostics)
{
    public bool Succeeded =>
        Manuscripts.All(m => m.Succeeded) && BuildDiagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
