using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>
/// The outcome of an in-memory build: the editions it made (null for one not requested, and both null when the build
/// failed: a failed build hands back no half-made edition) and every diagnostic, sorted by position. Each edition is
/// a read-only stream positioned at its start.
/// </summary>
public sealed record PublishResult(ImmutableArray<Diagnostic> Diagnostics, Stream? Pdf, Stream? Epub, bool Strict = false)
{
    /// <summary>Whether the build succeeded: no error, and under <see cref="PublishOptions.Strict"/> no warning.</summary>
    public bool Succeeded =>
        !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) &&
        !(Strict && Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning));
}
