using CsCheck;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// Manuscripts made of the two dialects' syntax in random order — note references and definitions in all their
/// spellings, markup left open, headings, quotes, list markers, front-matter fences, image and link syntax,
/// legacy section words — with words in several scripts, combining marks, emoji, control characters and long
/// runs. Most are not sensible manuscripts; every one must still be answered with editions or diagnostics.
/// </summary>
internal static class SyntaxSoup
{
    private static readonly string[] Fragments =
    [
        "\n", "\n\n", "\n\n", " ", " ", "  ", "\t", "\r\n",
        "[^1]", "[^2]", "[^x]", "[^1]: ", "[^2]: ", "\n    ", "[\\[1\\]](#)", "^[1]", "^[2]", "[1]", "[2] ", "[5]İbid. ",
        "*", "**", "_", "`", "```", "~~~", "# ", "## ", "###### ", "> ", "> > ", "- ", "* ", "1. ", "3) ", "---", "***",
        "---\ntitle: T\n---\n", "---\nlang: tr\n", "title: ", "![", "](", ")", "[", "]", "<", ">", "<br>", "<b>x</b>",
        "images/harbour.png", "fuzz.jpg", "https://example.org/a--b", "mailto:a@b.c", "javascript:alert(1)", "\\",
        "Photo: ", "Notes\n\n", "Bibliography\n\n", "About the Author :\n\n", "To cite this article: ", "Tel ", " @avimorgtr",
        "\"", "'", "--", "...", "©", "•",
        "office", "fluffy", "ışık", "İstanbul", "Straße", "Größe", "e\u0301", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
        "\u4E2D\u6587", "\U0001F600", "\u00AD", "\u200B", "\u00A0", "\uFEFF", "\u0000", "\u0007", "\uFFFD", "\u2028",
        "incomprehensibilities", "Donaudampfschifffahrtsgesellschaft",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (8, Gen.OneOf(Fragments)),
        (4, Gen.String[Gen.Char['a', 'z'], 1, 12]),
        (1, Gen.String[Gen.Char['a', 'z'], 60, 400]),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Soup = Fragment.Array[0, 300].Select(parts => string.Concat(parts));

    /// <summary>Legacy exports: the first line is the title whatever it says.</summary>
    public static readonly Gen<string> Legacy = Soup;

    /// <summary>Markdown: mostly after front matter with a title, since a manuscript without one stops at the reader (PUB1401).</summary>
    public static readonly Gen<string> Markdown =
        Gen.Frequency((3, Soup.Select(soup => "---\ntitle: Soup\n---\n\n" + soup)), (1, Soup));
}
