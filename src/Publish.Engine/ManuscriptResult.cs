using System.Collections.Immutable;
using Publish.Engine.Caching;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>
/// What happened to one manuscript. <see cref="Succeeded"/> is false when it had errors (then no edition
/// was written; the previous ones are left untouched and listed in <see cref="Stale"/>). <see cref="Stale"/> also
/// lists an edition of a format this build did not write (<c>--format pdf</c> leaves the EPUB): present on disk,
/// but not proven to match the manuscript. <see cref="Unavailable"/> lists requested formats this build of
/// the tool cannot write yet — said plainly rather than pretended. A cache hit (<see cref="FromCache"/>) has
/// no <see cref="Document"/> (the manuscript was not read) but the <see cref="Summary"/> and diagnostics of
/// the build that wrote its editions. <see cref="Inputs"/> are the files the editions depend on, with hashes.
/// </summary>
public sealed record ManuscriptResult(
    string Source,
    Document? Document,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<EditionOutput> Outputs,
    EditionFormats Unavailable,
    bool Strict,
    ManuscriptSummary? Summary = null,
    bool FromCache = false,
    TimeSpan Elapsed = default,
    ImmutableArray<InputRecord> Inputs = default,
    string? CacheKey = null,
    StageTimings? Timings = null,
    ImmutableArray<EditionOutput> Stale = default)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public bool HasWarnings => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning);

    public bool Succeeded => !HasErrors && !(Strict && HasWarnings);

    /// <summary>An internal error (a bug) happened while building this manuscript.</summary>
    public bool HasInternalError => Diagnostics.Any(d => string.Equals(d.Code, EngineDiagnosticCodes.InternalError, StringComparison.Ordinal));
}
