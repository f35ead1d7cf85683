using Publish.Model.Diagnostics;

namespace Publish.Engine.Output;

/// <summary>One edition written but not yet in place: its pending file (null when writing failed), what its writer reported, its size and checksum being measured.</summary>
internal sealed record PendingEdition(EditionFormats Format, PendingFile? File, DiagnosticBag Diagnostics, Task<FileMeasure>? Measure, TimeSpan Elapsed);
