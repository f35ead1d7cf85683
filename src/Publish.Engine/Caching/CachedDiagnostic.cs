using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Caching;

/// <summary>A diagnostic as stored in a cache entry, so a cache hit reports the same warnings as the build it replays.</summary>
public sealed record CachedDiagnostic(DiagnosticSeverity Severity, string Code, string File, int Line, int Column, string Message)
{
    public static CachedDiagnostic From(Diagnostic d) => new(d.Severity, d.Code, d.Span.File, d.Span.Line, d.Span.Column, d.Message);

    public Diagnostic ToDiagnostic() => new(Severity, Code, new SourceSpan(File, Line, Column), Message);
}
