using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Whether a parse reads citations: only a manuscript with references to cite (a <c>bibliography</c> or
/// <c>references</c>) does, so every other manuscript parses exactly as before. The switch travels in the parser
/// context, which nested inline parses share.
/// </summary>
internal static class CitationParsing
{
    private static readonly object EnabledKey = new();

    public static void Enable(Markdig.MarkdownParserContext context) => context.Properties[EnabledKey] = true;

    public static bool IsEnabled(InlineProcessor processor) => processor.Context?.Properties.ContainsKey(EnabledKey) == true;
}
