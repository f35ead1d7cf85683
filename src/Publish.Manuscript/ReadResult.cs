using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript;

/// <summary>
/// What reading produced. <see cref="Document"/> may be present even when <see cref="HasErrors"/> is true
/// (so <c>inspect</c> can show it); the engine writes no edition then.
/// </summary>
public sealed record ReadResult(Document? Document, ManuscriptDialect Dialect, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
