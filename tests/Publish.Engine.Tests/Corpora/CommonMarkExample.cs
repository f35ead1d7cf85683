using System.Net;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Corpora;

/// <summary>One example of the CommonMark spec: its number (1-based, as the spec's HTML numbers them), the line its fence starts on, the section it is in, the Markdown and the expected HTML.</summary>
internal sealed partial record CommonMarkExample(int Number, int Line, string Section, string Markdown, string Html)
{
    /// <summary>
    /// The text content of the expected HTML, entities decoded: the words a reader must see. An inline element's tags
    /// vanish and any other's separate words (<see cref="InlineElements"/>), as <see cref="EpubText"/> reads the EPUB.
    /// </summary>
    public string HtmlText => WebUtility.HtmlDecode(Tag().Replace(Html, tag => InlineElements.Contains(tag.Groups[1].Value) ? string.Empty : " "));

    [GeneratedRegex(@"<[/!?]?([A-Za-z][A-Za-z0-9-]*)?[^>]*>")]
    private static partial Regex Tag();
}
