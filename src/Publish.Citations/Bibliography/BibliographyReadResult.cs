using Publish.Model.Diagnostics;

namespace Publish.Citations.Bibliography;

/// <summary>The items a bibliography file gave, in file order, and what was wrong with it (never an exception).</summary>
public sealed record BibliographyReadResult(IReadOnlyList<CslItem> Items, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when a diagnostic is an error (some of the file was left out).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
