namespace Publish.Engine.Tests.Properties;

/// <summary>
/// A word of the body, its markup, what follows it (punctuation, a possessive, a dash; may be empty) and the
/// note label glued after that (0 = none). <see cref="Quoted"/> wraps the word in straight double quotes, which
/// both readers turn into curly ones.
/// </summary>
internal sealed record GeneratedToken(string Word, GeneratedStyle Style, int Note, string Trail = "", bool Quoted = false);
