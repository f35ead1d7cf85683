namespace Publish.Manuscript.Markdown;

/// <summary>Where a manuscript first goes past a limit of <see cref="MarkdownNesting"/>, and which one.</summary>
internal readonly record struct MarkdownNestingExcess(int Offset, MarkdownNestingLimit Limit);
