namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// What one extractor read from a PDF: the running text's, the notes' and the captions' tokens, each in its reading order,
/// and every line as the extractor gave it (leading whitespace kept, trailing trimmed), to check code's indentation.
/// </summary>
internal sealed record ExtractedText(string Extractor, IReadOnlyList<ExtractedWord> Flow, IReadOnlyList<ExtractedWord> Notes, IReadOnlyList<ExtractedWord> Captions, IReadOnlyList<string> Lines);
