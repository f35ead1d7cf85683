namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// One whitespace-separated token an extractor gave, with whether a line ends after it (the only place where a
/// word may legitimately continue on the next line: after a break hyphen, or after a hyphen of its own).
/// </summary>
internal sealed record ExtractedWord(string Text, bool EndsLine);
