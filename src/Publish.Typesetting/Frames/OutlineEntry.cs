namespace Publish.Typesetting.Frames;

/// <summary>A bookmark: <see cref="Level"/> 1 is top level; entries are in reading order and nest by level.</summary>
public sealed record OutlineEntry(string Title, int Level, int PageIndex, double Y);
