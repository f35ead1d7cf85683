using System.Xml.Linq;
using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

/// <summary>
/// What the e-readers showed wrong (issue 16 item 5: Calibre 6, epub.js, foliate-js), held by the markup and the
/// stylesheet that fixed it. The rendering itself is checked end to end by the Engine tests' Calibre run.
/// </summary>
public sealed class ReaderMarkupTests
{
    private static readonly XNamespace X = WrittenEpub.Xhtml;

    [Fact]
    public void Images_are_sized_by_the_stylesheet_alone_so_no_reader_stretches_them()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);

        // Calibre turns width/height attributes into fixed CSS sizes and max-width then narrows only the width.
        var images = epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants(X + "img")).ToList();
        Assert.Equal(3, images.Count);
        Assert.All(images, img => Assert.False(img.Attribute("width") is not null || img.Attribute("height") is not null, img.ToString()));

        var css = StylesheetRules.Of(epub);
        foreach (var selector in new[] { "figure img", ".cover img" })
        {
            Assert.Equal(("auto", "auto", "100%"), (css.Get(selector, "width"), css.Get(selector, "height"), css.Get(selector, "max-width")));
        }
    }

    [Fact]
    public void The_cover_page_is_named_in_the_guide_and_its_image_stays_inside_one_page()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);

        var reference = Assert.Single(PackageTests.Opf(epub).Root!.Elements(WrittenEpub.Opf + "guide").Elements(WrittenEpub.Opf + "reference"));
        Assert.Equal(("cover", "cover.xhtml"), (reference.Attribute("type")?.Value, reference.Attribute("href")?.Value));
        Assert.Contains("EPUB/cover.xhtml", epub.Entries);

        // An inline image at 100vh leaves its line's descender below it: a blank page in Calibre.
        var css = StylesheetRules.Of(epub);
        Assert.Equal("block", css.Get(".cover img", "display"));
        var maxHeight = css.Get(".cover img", "max-height")!;
        Assert.EndsWith("vh", maxHeight, StringComparison.Ordinal);
        Assert.InRange(double.Parse(maxHeight[..^2], System.Globalization.CultureInfo.InvariantCulture), 50, 99);
    }

    [Fact]
    public void A_book_without_a_cover_has_no_guide()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { CoverFonts = null }, PrintPageMap.Empty, folder);

        Assert.Empty(PackageTests.Opf(epub).Root!.Elements(WrittenEpub.Opf + "guide"));
    }

    [Fact]
    public void A_scene_break_is_a_separator_showing_the_print_ornament_as_text()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        document = document with { Body = [TestDocuments.Para("Before."), new ThematicBreakBlock(TestDocuments.Here), TestDocuments.Para("After.")] };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options() with { CoverFonts = null }, PrintPageMap.Empty, folder);

        var paragraphs = epub.XhtmlDocuments.Single(d => d.Entry.Contains("text-", StringComparison.Ordinal)).Document.Descendants(X + "p").ToList();
        var separator = Assert.Single(paragraphs, p => p.Attribute("role")?.Value == "separator");
        Assert.Equal(("scene-break", "*\u2003*\u2003*"), (separator.Attribute("class")?.Value, separator.Value));
        Assert.Equal("After.", paragraphs[paragraphs.IndexOf(separator) + 1].Value);
        Assert.Empty(epub.XhtmlDocuments.SelectMany(d => d.Document.Descendants(X + "hr")));

        var css = StylesheetRules.Of(epub);
        Assert.Equal(("center", "0"), (css.Get("p.scene-break", "text-align"), css.Get("p.scene-break", "text-indent")));
        Assert.Equal("0", css.Get("p.scene-break + p", "text-indent"));
    }

    [Fact]
    public void Code_is_set_at_nine_tenths_once_in_a_family_list_that_escapes_the_monospace_default()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var css = StylesheetRules.Of(epub);

        // Inline code against its text; a code block's code against the text around the block.
        Assert.Equal(0.9, css.EmFactor("code"), 3);
        Assert.Equal(0.9, css.EmFactor("pre") * (css.HasSelector("pre code") ? css.EmFactor("pre code") : css.EmFactor("code")), 3);

        // A list that is only the generic `monospace` is sized from the browser's 13 px default (0.81 of 16 px).
        var families = css.Get("code", "font-family")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.NotEqual(["monospace"], families);
        Assert.Equal("monospace", families[^1]);
    }

    [Fact]
    public void The_rule_above_the_notes_belongs_to_the_first_note_so_hidden_notes_leave_none()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var css = StylesheetRules.Of(epub);

        Assert.Null(css.Get("section.footnotes", "border-top"));
        Assert.StartsWith("1px solid", css.Get("section.footnotes > aside:first-child", "border-top"), StringComparison.Ordinal);
        var section = epub.Xml("EPUB/text-002.xhtml").Descendants(X + "section").Single(s => s.Attribute("class")?.Value == "footnotes");
        Assert.All(section.Elements(), e => Assert.Equal("aside", e.Name.LocalName));
    }

    [Fact]
    public void Title_page_paragraphs_are_centred_by_their_own_rule()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var css = StylesheetRules.Of(epub);

        // Readers such as foliate-js set text-align on p itself, which inheritance from the section cannot beat.
        Assert.Equal("center", css.Get(".titlepage p", "text-align"));
        Assert.Equal("center", css.Get(".titlepage h1", "text-align"));
        Assert.All(epub.Xml("EPUB/title.xhtml").Descendants(X + "section").Single().Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "h1", "p" }));
    }
}
