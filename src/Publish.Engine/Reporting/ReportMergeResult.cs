using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Reporting;

/// <summary>What <see cref="ReportMerge.Merge"/> made: the merged report (null when an error refused it) and what it found.</summary>
public sealed record ReportMergeResult(byte[]? Json, ImmutableArray<Diagnostic> Diagnostics);
