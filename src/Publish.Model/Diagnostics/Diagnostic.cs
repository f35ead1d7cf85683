namespace Publish.Model.Diagnostics;

/// <summary>
/// One message about the input. <see cref="Code"/> is stable across releases so scripts can filter on it;
/// the codes are listed in <see cref="DiagnosticCodes"/> and in the per-project code catalogues.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, SourceSpan Span, string Message)
{
    public static Diagnostic Error(string code, SourceSpan span, string message) => new(DiagnosticSeverity.Error, code, span, message);

    public static Diagnostic Warning(string code, SourceSpan span, string message) => new(DiagnosticSeverity.Warning, code, span, message);

    public static Diagnostic Info(string code, SourceSpan span, string message) => new(DiagnosticSeverity.Info, code, span, message);

    /// <summary>The compiler-style line scripts and editors parse: <c>file:line:column: severity CODE: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Info => "info",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Error => "error",
            _ => throw new InvalidOperationException($"Unknown severity {Severity}."),
        };
        var where = Span.Line > 0 ? $"{Span.File}:{Span.Line}:{Span.Column}" : Span.File;
        return $"{where}: {severity} {Code}: {Message}";
    }
}
