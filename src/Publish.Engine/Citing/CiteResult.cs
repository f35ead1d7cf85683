using Publish.Model.Diagnostics;

namespace Publish.Engine.Citing;

/// <summary>The rendered citations (one per citation, in order) and bibliography entries, and what went wrong.</summary>
public sealed record CiteResult(IReadOnlyList<string> Citations, IReadOnlyList<string> Bibliography, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
