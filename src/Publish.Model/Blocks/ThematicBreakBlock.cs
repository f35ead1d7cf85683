namespace Publish.Model.Blocks;

/// <summary>A scene or section break (<c>***</c>), set as a centred ornament or space.</summary>
public sealed record ThematicBreakBlock(SourceSpan Span) : Block(Span);
