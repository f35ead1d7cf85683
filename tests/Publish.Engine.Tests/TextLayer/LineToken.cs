namespace Publish.Engine.Tests.TextLayer;

/// <summary>A whitespace-separated token on one extracted line, with the region the letter it starts with belongs to.</summary>
internal sealed record LineToken(string Text, TextRegion Region);
