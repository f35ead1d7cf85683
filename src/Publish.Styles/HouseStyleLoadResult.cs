using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Styles;

/// <summary>
/// The outcome of loading a style: the style, or null when any error was reported; the diagnostics sorted
/// by position either way.
/// </summary>
public sealed record HouseStyleLoadResult(HouseStyle? Style, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => Style is not null;
}
