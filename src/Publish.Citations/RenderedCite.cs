namespace Publish.Citations;

/// <summary>One cite of a citation as rendered (with its prefix and suffix), before the cites are joined.</summary>
internal sealed record RenderedCite(Cite Cite, Output Output);
