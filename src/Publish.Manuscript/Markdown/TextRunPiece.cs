namespace Publish.Manuscript.Markdown;

/// <summary>One Markdig literal inside a <see cref="TextRun"/>.</summary>
internal readonly record struct TextRunPiece(int RawIndex, int SourceOffset, bool Escaped);
