using System.Collections.Immutable;

namespace Publish.Model.Diagnostics;

/// <summary>Collects diagnostics during one stage. Not thread-safe: one bag per manuscript build.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors { get; private set; }

    public bool HasWarnings { get; private set; }

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        HasWarnings |= diagnostic.Severity == DiagnosticSeverity.Warning;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string code, SourceSpan span, string message) => Add(Diagnostic.Error(code, span, message));

    public void Warning(string code, SourceSpan span, string message) => Add(Diagnostic.Warning(code, span, message));

    public void Info(string code, SourceSpan span, string message) => Add(Diagnostic.Info(code, span, message));

    /// <summary>Diagnostics in source order (file, line, column), then in the order they were reported.</summary>
    public ImmutableArray<Diagnostic> ToImmutableSorted() =>
        [.. _items.Select((d, i) => (d, i))
            .OrderBy(x => x.d.Span.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Span.Line)
            .ThenBy(x => x.d.Span.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)];
}
