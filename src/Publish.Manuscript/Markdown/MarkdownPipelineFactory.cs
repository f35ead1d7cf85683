using Markdig;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The Markdig pipeline of the reader. No <c>UseYamlFrontMatter()</c>: the reader blanks the front matter out
/// itself (keeping offsets) so Markdig and <see cref="FrontMatterReader"/> can never disagree on where it ends.
/// No <c>UseFigures()</c>: its <c>^^^</c> fences are not part of our dialect; a standalone image is the figure.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(SmartyPantsMarks quotes)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseFootnotes()
            .UseAutoLinks()
            .UseSmartyPants(quotes.ToOptions());
        builder.MaximumNestingDepth = MarkdownLimits.MarkdigNestingDepth;
        return builder.Build();
    }
}
