using Markdig.Parsers;

namespace Publish.Manuscript.Markdown;

/// <summary>The <see cref="BracketMatches"/> of the leaf a processor is parsing, made once per leaf and parser (Markdig clears parser states per leaf).</summary>
internal static class BracketState
{
    public static BracketMatches Of(InlineProcessor processor, InlineParser parser, string text)
    {
        var state = processor.GetParserState<BracketMatches>(parser, () => new BracketMatches(text));
        if (!ReferenceEquals(state.Text, text))
        {
            // A pipe table re-parses its cells with new texts under the same processor.
            state = new BracketMatches(text);
            processor.ParserStates[parser.Index] = state;
        }

        return state;
    }
}
