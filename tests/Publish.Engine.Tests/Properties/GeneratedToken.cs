namespace Publish.Engine.Tests.Properties;

/// <summary>A word of the body, its markup, and the note label glued after it (0 = none).</summary>
internal sealed record GeneratedToken(string Word, GeneratedStyle Style, int Note);
