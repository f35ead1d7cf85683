using System.IO.Compression;
using System.Xml.Linq;
using Publish.Engine.Tests.Hostile;

namespace Publish.Engine.Tests.Blocks;

/// <summary>
/// Issue 18 points 1 and 4: a caption whose photo is missing reads as a figure without its photo — led by the style's
/// mark (<c>figures.missing-mark</c>; "[Photo]" upright by default), in both editions, the warning kept and
/// <c>--strict</c> still failing it — and a <c>--draft</c> build sets a ruled placeholder frame naming the file it
/// looked for; the paragraph after a floated figure keeps its first-line indent. Default style (A4, 25 mm margins).
/// </summary>
public sealed class MissingPhotoFigureTests
{
    private const double ColumnLeft = 25 * 72 / 25.4;
    private const double TextWidth = (210 - 50) * 72 / 25.4;

    private const string Manuscript = """
        ---
        title: Missing photos
        lang: en
        ---

        Firstpara opens the text with a sentence long enough to fill the first line of the column and to run on to a second line below it.

        Secondpara follows a paragraph, so it takes the body's first-line indent.

        ![Captionword of a photo that is not there](harbour-at-dawn.jpg)

        Afterfigure continues the text after the figure, which floats: it is indented as it would be without the figure.
        """;

    private static readonly Lazy<PrintedBook> Plain = new(() => PrintedBook.Build(Manuscript));

    private static readonly Lazy<PrintedBook> Draft = new(() => PrintedBook.Build(Manuscript, null, "--draft"));

    [Fact]
    public void The_caption_is_led_by_an_upright_photo_mark_on_its_line_and_the_warning_stays()
    {
        var book = Plain.Value;
        var caption = book.LineOf(book.Word("Captionword"));

        Assert.Equal("[Photo]", caption[0].Text);
        Assert.DoesNotContain("Italic", caption[0].Font, StringComparison.Ordinal);
        Assert.Contains("Italic", book.Word("Captionword").Font, StringComparison.Ordinal);
        Assert.Contains("warning PUB1201", book.Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paragraph_after_a_floated_figure_keeps_its_first_line_indent()
    {
        var book = Plain.Value;

        Assert.Equal(ColumnLeft, book.Word("Firstpara").Left, 0.5);
        Assert.True(book.Word("Secondpara").Left > ColumnLeft + 5, "the second paragraph is not indented");
        Assert.Equal(book.Word("Secondpara").Left, book.Word("Afterfigure").Left, 0.3);
    }

    [Fact]
    public void Without_draft_no_placeholder_is_drawn()
    {
        var book = Plain.Value;

        Assert.DoesNotContain(book.Words, w => w.Text.Contains("harbour-at-dawn", StringComparison.Ordinal));
        Assert.DoesNotContain(book.Rules, r => Math.Abs(r.Right - r.Left - TextWidth) < 1 && r.Page == book.Word("Captionword").Page && r.Y > 100);
    }

    [Fact]
    public void A_draft_sets_a_ruled_frame_of_the_figures_width_naming_the_file_above_the_caption()
    {
        var book = Draft.Value;
        var name = Assert.Single(book.Words, w => w.Text == "harbour-at-dawn.jpg");
        var caption = book.Word("Captionword");
        var frame = book.Rules.Where(r => r.Page == name.Page && r.Y > caption.Baseline && Math.Abs(r.Left - ColumnLeft) < 1 && Math.Abs(r.Right - r.Left - TextWidth) < 1).OrderByDescending(r => r.Y).ToList();

        // Top and bottom of a 3:2 frame the width of the column, the file's name between them, the caption below.
        Assert.Equal(2, frame.Count);
        Assert.Equal(TextWidth * 2 / 3, frame[0].Y - frame[1].Y, 1.0);
        Assert.InRange(name.Baseline, frame[1].Y, frame[0].Y);
        Assert.Equal(name.Page, caption.Page);
        Assert.Equal("[Photo]", book.LineOf(caption)[0].Text);
    }

    [Fact]
    public void Strict_still_fails_a_missing_photo_even_in_a_draft()
    {
        using var build = new HostileBuild();
        var manuscript = build.Write("book.md", Manuscript);

        var outcome = build.Build(manuscript, "--strict", "--draft");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Single(HostileBuild.Lines(outcome, manuscript, "warning", "PUB1201"));
    }

    [Theory]
    [InlineData(null, "[Photo]")]
    [InlineData("figures:\n  missing-mark: \"[Image]\"\n", "[Image]")]
    [InlineData("figures:\n  missing-mark: none\n", null)]
    public void The_epub_keeps_the_caption_in_a_figure_with_the_styles_mark_and_no_image(string? style, string? mark)
    {
        using var build = new HostileBuild();
        var manuscript = build.Write("book.md", Manuscript);
        string[] options = style is null ? ["--format", "epub"] : ["--format", "epub", "--style", build.Write("style.yaml", HostileStyle.StyleText(HostileStyle.ShippedSerif, style))];

        var outcome = build.Build(manuscript, options);

        Assert.Equal(0, outcome.ExitCode);
        using var epub = ZipFile.OpenRead(build.Edition(manuscript, ".epub"));
        XNamespace html = "http://www.w3.org/1999/xhtml";
        var figure = Assert.Single(epub.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .SelectMany(e => XDocument.Load(e.Open()).Descendants(html + "figure")));
        Assert.Empty(figure.Descendants(html + "img"));
        var caption = Assert.Single(figure.Elements(html + "figcaption"));
        Assert.Contains("Captionword", caption.Value, StringComparison.Ordinal);
        Assert.Equal(mark, caption.Elements(html + "span").SingleOrDefault(s => (string?)s.Attribute("class") == "missing-photo")?.Value);
    }

    [Theory]
    [InlineData("figures:\n  missing-mark: \"[Image]\"\n", "[Image]")]
    [InlineData("figures:\n  missing-mark: none\n", "Captionword")]
    public void The_print_mark_follows_the_style(string style, string first)
    {
        var book = PrintedBook.Build(Manuscript, HostileStyle.StyleText(HostileStyle.ShippedSerif, style));

        Assert.Equal(first, book.LineOf(book.Word("Captionword"))[0].Text);
    }
}
