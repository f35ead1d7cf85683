namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// The HTML elements that sit inside a line of text (HTML's phrasing content). Text on either side of one joins into
/// the same word (<c>foo&lt;em&gt;bar&lt;/em&gt;</c> is one word, as a reader sees it); every other element's boundary
/// separates words (<c>&lt;pre&gt;…&lt;/pre&gt;&lt;p&gt;…</c>). The expected HTML and the EPUB are read by the same rule.
/// </summary>
internal static class InlineElements
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    public static bool Contains(string name) => Names.Contains(name);
}
