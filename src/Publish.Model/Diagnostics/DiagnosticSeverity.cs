namespace Publish.Model.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Something the tool changed on purpose that an editor may want to know (e.g. a joined paragraph).</summary>
    Info,

    /// <summary>The edition is written but may not be what the author meant; fails under <c>--strict</c>.</summary>
    Warning,

    /// <summary>No edition is written for this manuscript.</summary>
    Error,
}
