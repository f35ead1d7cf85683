namespace Publish.Epub;

/// <summary>A font file to embed whole (OFL permits it) and declare with <c>@font-face</c>.</summary>
public sealed record EpubFont(string Path, string Family, int Weight, bool Italic);
