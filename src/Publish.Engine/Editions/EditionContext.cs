using Publish.Model.Diagnostics;
using Publish.Typesetting.Layout;

namespace Publish.Engine.Editions;

/// <summary>
/// What an edition writer gets besides the document: the build date, where to report, and the print layout,
/// computed at most once per manuscript and shared — the PDF draws it, the EPUB takes its page map.
/// </summary>
public sealed record EditionContext(DateTimeOffset BuildDate, DiagnosticBag Diagnostics, Lazy<PrintEdition> Print);
