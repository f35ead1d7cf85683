using System.IO.Compression;
using Publish.Engine.Tests.Hostile;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 15 item 5, the keys already honoured whose effect is not a position: epub.notes and epub.embed-fonts in the
/// EPUB, hyphenation.enabled and font-fallback on the printed page. Each built through the real CLI with a style
/// written by the test, both ways, so a key that stopped being read fails one of the two.
/// </summary>
public sealed class StyleKeyEditionTests
{
    [Theory]
    [InlineData("section-end", true)]
    [InlineData("after-paragraph", false)]
    public void Epub_notes_and_embed_fonts_decide_where_notes_go_and_whether_fonts_travel(string notes, bool embed)
    {
        using var build = new HostileBuild();
        var style = Style(build, $"epub:\n  notes: {notes}\n  embed-fonts: {(embed ? "true" : "false")}\n");
        var manuscript = build.Write("book.md", "---\ntitle: Notes\nlang: en\n---\n\nFirst paragraph with a note.[^1]\n\nSecond paragraph.\n\n[^1]: The note.\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "epub", "-q");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        using var epub = ZipFile.OpenRead(build.Edition(manuscript, ".epub"));
        var fonts = epub.Entries.Count(e => e.FullName.EndsWith(".ttf", StringComparison.Ordinal) || e.FullName.EndsWith(".otf", StringComparison.Ordinal));
        Assert.Equal(embed, fonts > 0);
        var chapter = epub.Entries.Select(Read).Single(text => text.Contains("Second paragraph.", StringComparison.Ordinal));
        var aside = chapter.IndexOf("<aside", StringComparison.Ordinal);
        Assert.True(aside >= 0, chapter);
        Assert.Equal(notes == "section-end", chapter.Contains("epub:type=\"footnotes\"", StringComparison.Ordinal));
        Assert.Equal(notes == "after-paragraph", aside < chapter.IndexOf("Second paragraph.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    public void Hyphenation_enabled_decides_whether_a_narrow_justified_page_breaks_words(string enabled)
    {
        using var build = new HostileBuild();
        var style = Style(build, $"page:\n  size: A6\n  margins: 15mm\nhyphenation:\n  enabled: {enabled}\n");
        var words = string.Join(' ', Enumerable.Repeat("kütüphanelerimizdekilerden çekoslovakyalılaştıramadıklarımızdan uluslararasılaştırılamayanlardan", 8));
        var manuscript = build.Write("book.md", $"---\ntitle: Uzun\nlang: tr\n---\n\n{words}.\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "pdf", "-q");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        using var pdf = PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        // The PDF maps a break's hyphen to a soft hyphen (U+00AD), so a copied word comes out whole.
        var broken = pdf.GetPages().SelectMany(p => p.GetWords()).Count(w => w.Text.Length > 1 && w.Text[^1] is '-' or '\u2010' or '\u00AD');
        Assert.Equal(enabled == "true", broken > 0);
    }

    [Fact]
    public void Hyphenation_min_left_keeps_every_broken_words_first_part_at_least_that_long()
    {
        using var build = new HostileBuild();
        var style = Style(build, "page:\n  size: A6\n  margins: 15mm\nhyphenation:\n  min-left: 8\n");
        var words = string.Join(' ', Enumerable.Repeat("kütüphanelerimizdekilerden çekoslovakyalılaştıramadıklarımızdan uluslararasılaştırılamayanlardan", 8));
        var manuscript = build.Write("book.md", $"---\ntitle: Uzun\nlang: tr\n---\n\n{words}.\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "pdf", "-q");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        using var pdf = PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        var parts = pdf.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Text.Length > 1 && w.Text[^1] is '-' or '\u2010' or '\u00AD').ToList();

        // With the default of 2 this page breaks "kütüp-" and "çekos-"; at 8 no first part is shorter.
        Assert.NotEmpty(parts);
        Assert.All(parts, w => Assert.True(w.Text.Length - 1 >= 8, $"'{w.Text}' breaks after fewer than 8 letters"));
    }

    [Fact]
    public void Footer_line_url_and_kind_link_the_epubs_institution_lines_and_name_its_rights()
    {
        using var build = new HostileBuild();
        var style = Style(build, "footer:\n  lines:\n    - {text: \"Our handle\", url: \"https://social.example/handle\", kind: social}\n    - {text: \"Reserved to the Institute\", kind: copyright}\n");
        var manuscript = build.Write("book.md", "---\ntitle: Lines\nlang: en\n---\n\nA paragraph.\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "epub", "-q");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        using var epub = ZipFile.OpenRead(build.Edition(manuscript, ".epub"));
        var texts = epub.Entries.Select(Read).ToList();
        Assert.Contains(texts, t => t.Contains("class=\"institution-social\"", StringComparison.Ordinal) && t.Contains("href=\"https://social.example/handle\"", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("<dc:rights>Reserved to the Institute</dc:rights>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Noto Sans, DejaVu Sans Mono]", true)]
    [InlineData("[]", false)]
    public void Font_fallback_sets_a_character_the_body_font_lacks_from_the_next_family(string chain, bool drawn)
    {
        using var build = new HostileBuild();
        var style = Style(build, $"font-fallback: {chain}\n");
        var manuscript = build.Write("book.md", "---\ntitle: Boxes\nlang: en\n---\n\nA cross \u253C in the text.\n");

        var outcome = build.Build(manuscript, "--style", style, "--format", "pdf");

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StandardError}");
        using var pdf = PdfDocument.Open(build.Edition(manuscript, ".pdf"));
        var cross = pdf.GetPage(1).Letters.Where(l => l.Value == "\u253C").ToList();
        Assert.Equal(drawn, cross.Any(l => l.FontName?.Contains("DejaVu", StringComparison.Ordinal) == true));
        Assert.Equal(drawn, !outcome.StandardError.Contains("PUB3001", StringComparison.Ordinal));
    }

    private static string Style(HostileBuild build, string yaml) =>
        build.Scratch.Write(Path.Combine("house", "style.yaml"), HostileStyle.StyleText(HostileStyle.ShippedSerif, yaml));

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
