using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14 items 5, 6 and 8 for content: odd but legal manuscripts cost space linear in their size, and every
/// edition written passes qpdf --check and epubcheck. Through the real CLI.
/// </summary>
public sealed partial class HostileContentTests
{
    private const int UrlLength = 100_000;

    /// <summary>Room for everything but the URL's own bytes: fonts, a page tree, one annotation per line.</summary>
    private const int BaseSize = 300_000;

    public static TheoryData<string, string> LongUrlManuscripts() => new()
    {
        { "autolink.md", "---\ntitle: Link\nlang: en\n---\n\nSee <{0}> for more.\n" },
        { "bare.md", "---\ntitle: Link\nlang: en\n---\n\nSee {0} for more.\n" },
        { "legacy.txt", "\n\nA Legacy Title\nAn Author\nA Legacy Title\n\nThe source is at {0} and nowhere else.\n\nMore text.\n" },
    };

    /// <summary>
    /// A URL that wraps over a thousand lines is a thousand link annotations; each used to carry the whole URL
    /// (its /URI action and its /Contents), so the file grew with lines × length: 10 KB → 2.8 MB, 30 KB → 25 MB,
    /// 300 KB → 2.47 GB. Now they share one action and one description.
    /// </summary>
    [Theory]
    [MemberData(nameof(LongUrlManuscripts))]
    public void A_long_url_costs_the_pdf_linear_space_and_every_line_still_links_to_it(string name, string template)
    {
        using var build = new HostileBuild();
        var url = "https://example.org/archive/" + new string('x', UrlLength);
        var path = build.Write(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, url));

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        var pdf = build.Edition(path, ".pdf");
        var size = new FileInfo(pdf).Length;
        Assert.True(size < (10L * url.Length) + BaseSize, $"the PDF is {size:N0} bytes for a {url.Length:N0}-character URL");

        using var document = PdfDocument.Open(pdf);
        var links = document.GetPages().SelectMany(page => page.GetHyperlinks()).Where(link => link.Uri is not null).ToList();
        Assert.True(links.Count > 100, $"{links.Count} link rectangles; a URL this long wraps over many lines");
        Assert.All(links, link => Assert.Equal(url, link.Uri));
        EditionValidators.AssertPdfClean(pdf);
    }

    /// <summary>
    /// Headings, links, emphasis, list items and captions with nothing in them. An empty heading used to give a
    /// nav link and an XHTML &lt;title&gt; with no text, which epubcheck rejects (RSC-005).
    /// </summary>
    [Fact]
    public void Empty_constructs_give_editions_that_epubcheck_and_qpdf_pass()
    {
        using var build = new HostileBuild();
        var path = build.Write("empty.md", """
            ---
            title: Empty Things
            lang: en
            ---

            #

            A paragraph under an empty heading.

            # 

            ## **

            ### <!-- -->

            A link with no text [](https://example.org/) and empty emphasis ** and __ and * * here.

            - 
            - second item
            -

            1.

            > 

            ![](missing.png)

            # A real heading

            Closing words.
            """);

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        EditionValidators.AssertEpubClean(build.Edition(path, ".epub"));
        EditionValidators.AssertPdfClean(build.Edition(path, ".pdf"));
        var nav = Encoding.UTF8.GetString(EditionBytes.EpubEntries(build.Edition(path, ".epub")).Single(e => e.Name.EndsWith("nav.xhtml", StringComparison.Ordinal)).Bytes);
        Assert.Contains("A real heading", nav, StringComparison.Ordinal);
        AssertTextKept(build, path, ["paragraph", "second", "Closing"], []);
    }

    /// <summary>
    /// Item 8: whatever odd but legal content a manuscript holds, both editions pass their validators — empty
    /// constructs, a long word and a long URL (in the text and in a note), joiners and bidi controls, combining
    /// marks stacked fifty deep, and escapes of non-characters and lone surrogates.
    /// </summary>
    [Fact]
    public void Odd_but_legal_content_gives_editions_that_epubcheck_and_qpdf_pass()
    {
        using var build = new HostileBuild();
        var url = "https://example.org/" + new string('u', 20_000);
        var stack = "a" + string.Concat(Enumerable.Repeat("\u0301\u0308", 25));
        var path = build.Write("odd.md", string.Join("\n", (string[])[
            "---",
            "title: \"Odd \u200D\u200F\u202E things\u202C\"",
            "author: \"\u2067Someone\u2069\"",
            "lang: en",
            "---",
            "",
            "#",
            "",
            "## *  *",
            "",
            "A word " + new string('w', 20_000) + " without a space, and a link <" + url + ">.[^1]",
            "",
            "Joiners: \U0001F468\u200D\U0001F469\u200D\U0001F467, a\u200Db, \u200Czero\u200Cwidth\u2060word\uFEFF.",
            "",
            "Bidi: \u200Fright-to-left mark\u200E, \u202Eoverride\u202C, \u2066isolate\u2069, \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627.",
            "",
            "Combining: " + stack + " and " + stack + ".",
            "",
            "Escapes: &#xFFFF; &#xFFFE; &#xD800; &#xDFFF; &#0; &#x10FFFF; &#x1F; &#x7F; &#x85; &nosuchentity; \\u0000.",
            "",
            "[](https://example.org/empty) [ ](https://example.org/space) ** __ ` `",
            "",
            "- ",
            "- " + stack,
            "",
            "> ",
            "",
            "![](nothing-here.png)",
            "",
            "| a | |",
            "|---|---|",
            "| | \u200D |",
            "",
            "[^1]: See <" + url + "> and " + new string('n', 5_000) + ".",
            "",
        ]));

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        EditionValidators.AssertEpubClean(build.Edition(path, ".epub"));
        EditionValidators.AssertPdfClean(build.Edition(path, ".pdf"));
        AssertTextKept(build, path, ["Joiners", "Bidi", "Combining", "Escapes"], [new string('w', 20_000), new string('n', 5_000)]);
    }

    /// <summary>The same for the legacy export: an empty photo caption, a long word and URL in text and note, joiners, bidi, combining marks.</summary>
    [Fact]
    public void Odd_but_legal_legacy_content_gives_editions_that_epubcheck_and_qpdf_pass()
    {
        using var build = new HostileBuild();
        var stack = "a" + string.Concat(Enumerable.Repeat("\u0301\u0308", 25));
        var url = "https://example.org/" + new string('u', 20_000);
        var path = build.Write("odd.txt", string.Join("\n", (string[])[
            "",
            "",
            "Odd \u200D\u200F Title",
            "\u2067Someone\u2069",
            "Odd \u200D\u200F Title",
            "",
            "Photo: ",
            "",
            "A word " + new string('w', 20_000) + " and a link " + url + " here.[1]",
            "",
            "Joiners \U0001F468\u200D\U0001F469 a\u200Db \u202Eoverride\u202C \u05E9\u05DC\u05D5\u05DD " + stack + ".",
            "",
            "Bidi\u200F graphy",
            "",
            "[1] See " + url + " and " + stack + ".",
            "",
            "About the Author :",
            "",
        ]));

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        EditionValidators.AssertEpubClean(build.Edition(path, ".epub"));
        EditionValidators.AssertPdfClean(build.Edition(path, ".pdf"));
        AssertTextKept(build, path, ["Joiners", "graphy"], [new string('w', 20_000), url]);
    }

    /// <summary>
    /// Valid editions are not enough: the text around the odd content is still there — <paramref name="words"/> in
    /// both editions, <paramref name="long"/> (too long for one line of print) whole in the EPUB's text, which the
    /// print edition's page-break markers may cut into elements.
    /// </summary>
    private static void AssertTextKept(HostileBuild build, string path, string[] words, string[] @long)
    {
        var epub = Markup().Replace(string.Concat(EditionBytes.EpubEntries(build.Edition(path, ".epub"))
            .Where(e => e.Name.EndsWith(".xhtml", StringComparison.Ordinal) && !e.Name.EndsWith("nav.xhtml", StringComparison.Ordinal))
            .Select(e => Encoding.UTF8.GetString(e.Bytes))), string.Empty);
        using var pdf = PdfDocument.Open(build.Edition(path, ".pdf"));
        var print = string.Concat(pdf.GetPages().Select(page => page.Text));
        foreach (var word in words)
        {
            Assert.Contains(word, epub, StringComparison.Ordinal);
            Assert.Contains(word, print, StringComparison.Ordinal);
        }

        foreach (var text in @long)
        {
            Assert.True(epub.Contains(text, StringComparison.Ordinal), $"the EPUB lost a {text.Length:N0}-character run starting \"{text[..20]}\"");
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}
