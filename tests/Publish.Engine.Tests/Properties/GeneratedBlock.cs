namespace Publish.Engine.Tests.Properties;

/// <summary>One body block: one paragraph for a paragraph or heading, one per item or quoted paragraph otherwise.</summary>
internal sealed record GeneratedBlock(GeneratedBlockKind Kind, GeneratedToken[][] Paragraphs);
