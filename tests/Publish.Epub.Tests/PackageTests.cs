using System.Buffers.Binary;
using System.Text;
using System.Xml.Linq;
using Publish.Model.Input;
using Publish.Model.Pages;

namespace Publish.Epub.Tests;

public sealed class PackageTests
{
    [Fact]
    public void Mimetype_is_the_first_entry_stored_without_extra_field_or_data_descriptor()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);
        var bytes = epub.Bytes;

        Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(6));
        Assert.Equal(0, flags & 0x0008);
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(20u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(18)));
        Assert.Equal(8, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(26)));
        Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(28)));
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));
    }

    [Fact]
    public void Entries_come_in_a_fixed_order_with_generated_names_and_the_build_date()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), TestDocuments.Pages(), folder);

        Assert.Equal(["mimetype", "META-INF/container.xml", "EPUB/content.opf", "EPUB/nav.xhtml", "EPUB/css/book.css"], epub.Entries.Take(5));
        Assert.DoesNotContain(epub.Entries, e => e.Contains("photo", StringComparison.Ordinal) || e.Contains("map", StringComparison.Ordinal));
        Assert.Contains("EPUB/images/0001.jpg", epub.Entries);
        Assert.Contains("EPUB/images/0002.png", epub.Entries);
        Assert.All(epub.Timestamps, t => Assert.Equal(TestDocuments.BuildDate.DateTime, t.DateTime));
        var rootfile = XDocument.Load(new MemoryStream(epub.Contents["META-INF/container.xml"])).Descendants().Single(e => e.Name.LocalName == "rootfile");
        Assert.Equal("EPUB/content.opf", rootfile.Attribute("full-path")?.Value);
    }

    [Fact]
    public void Equal_input_gives_equal_bytes_and_the_build_date_changes_them()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        using var first = WrittenEpub.Of(document, TestDocuments.Options(), TestDocuments.Pages(), folder);
        using var second = WrittenEpub.Of(document, TestDocuments.Options(), TestDocuments.Pages(), WrittenEpub.NewFolder());
        using var later = WrittenEpub.Of(document, TestDocuments.Options() with { BuildDate = TestDocuments.BuildDate.AddDays(1) }, TestDocuments.Pages(), WrittenEpub.NewFolder());

        Assert.Equal(first.Bytes, second.Bytes);
        Assert.NotEqual(first.Bytes, later.Bytes);
    }

    [Fact]
    public void A_build_date_before_1980_is_clamped_for_the_zip_but_kept_in_the_metadata()
    {
        var folder = WrittenEpub.NewFolder();
        var epoch = DateTimeOffset.FromUnixTimeSeconds(0);
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { BuildDate = epoch }, PrintPageMap.Empty, folder);

        Assert.All(epub.Timestamps, t => Assert.Equal(new DateTime(1980, 1, 1), t.DateTime));
        var modified = Opf(epub).Descendants(WrittenEpub.Opf + "meta").Single(m => m.Attribute("property")?.Value == "dcterms:modified");
        Assert.Equal("1970-01-01T00:00:00Z", modified.Value);
    }

    [Fact]
    public void The_identifier_is_the_manuscripts_own_when_given()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        document = document with { Metadata = document.Metadata with { Identifier = " doi:10.1000/182 " } };
        using var epub = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);

        Assert.Equal("doi:10.1000/182", Identifier(epub));
    }

    [Fact]
    public void Without_an_identifier_a_version_5_uuid_of_the_content_is_used()
    {
        var folder = WrittenEpub.NewFolder();
        var document = TestDocuments.Sample(folder);
        var changed = document with { Body = [.. document.Body, TestDocuments.Para("One more sentence.")] };
        using var first = WrittenEpub.Of(document, TestDocuments.Options(), PrintPageMap.Empty, folder);
        using var again = WrittenEpub.Of(document, TestDocuments.Options() with { BuildDate = DateTimeOffset.UnixEpoch }, PrintPageMap.Empty, WrittenEpub.NewFolder());
        using var other = WrittenEpub.Of(changed, TestDocuments.Options(), PrintPageMap.Empty, WrittenEpub.NewFolder());

        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", Identifier(first));
        Assert.Equal(Identifier(first), Identifier(again));
        Assert.NotEqual(Identifier(first), Identifier(other));
    }

    [Fact]
    public void The_spine_is_cover_title_text_bibliography_colophon_and_the_cover_image_is_declared()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);
        var opf = Opf(epub);
        var items = opf.Descendants(WrittenEpub.Opf + "item").ToDictionary(i => i.Attribute("id")!.Value, i => i);
        var spine = opf.Descendants(WrittenEpub.Opf + "itemref").Select(r => items[r.Attribute("idref")!.Value].Attribute("href")!.Value).ToList();

        Assert.Equal(["cover.xhtml", "title.xhtml", "text-001.xhtml", "text-002.xhtml", "bibliography.xhtml", "colophon.xhtml"], spine);
        Assert.Equal("images/cover.jpg", items.Values.Single(i => i.Attribute("properties")?.Value == "cover-image").Attribute("href")?.Value);
        Assert.Equal("nav.xhtml", items.Values.Single(i => i.Attribute("properties")?.Value == "nav").Attribute("href")?.Value);
    }

    [Fact]
    public void Without_fonts_or_cover_image_there_is_no_cover()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { CoverFonts = null }, PrintPageMap.Empty, folder);

        Assert.DoesNotContain("EPUB/cover.xhtml", epub.Entries);
        Assert.DoesNotContain(Opf(epub).Descendants(WrittenEpub.Opf + "item"), i => i.Attribute("properties")?.Value == "cover-image");
    }

    [Fact]
    public void The_drawn_cover_is_a_decodable_jpeg_of_the_drawn_size_shown_by_the_cover_page()
    {
        var folder = WrittenEpub.NewFolder();
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options(), PrintPageMap.Empty, folder);

        using var cover = SkiaSharp.SKBitmap.Decode(epub.Contents["EPUB/images/cover.jpg"]);
        Assert.Equal((1200, 1800), (cover.Width, cover.Height));
        Assert.Contains("src=\"images/cover.jpg\"", Encoding.UTF8.GetString(epub.Contents["EPUB/cover.xhtml"]), StringComparison.Ordinal);
    }

    /// <summary>The cover is drawn while the rest is written: fonts that exist but do not load refuse the edition, they do not crash it.</summary>
    [Fact]
    public void Cover_fonts_that_cannot_be_loaded_refuse_the_edition()
    {
        var folder = WrittenEpub.NewFolder();
        var fonts = Directory.CreateDirectory(Path.Combine(folder, "fonts")).FullName;
        File.WriteAllText(Path.Combine(fonts, "NotoSerif-Bold.ttf"), "not a font");
        File.WriteAllText(Path.Combine(fonts, "NotoSerif-Regular.ttf"), "not a font");
        using var output = new MemoryStream();

        var e = Assert.Throws<InvalidDataException>(() => new EpubWriter().Write(TestDocuments.Sample(folder), TestDocuments.Options() with { CoverFonts = new EpubCoverFonts(Path.Combine(fonts, "NotoSerif-Regular.ttf"), Path.Combine(fonts, "NotoSerif-Bold.ttf")) }, PrintPageMap.Empty, output));

        Assert.Contains("NotoSerif-Bold.ttf", e.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 15: the cover's fonts are the ones the options name (the style's, not files found by name), and they and
    /// the embedded fonts come from the build's font store — read once, shared with the print layout. Spoiled after
    /// the store read them, the files would refuse the edition if the writer read them again.
    /// </summary>
    [Fact]
    public void The_cover_and_the_embedded_fonts_come_from_the_builds_font_store()
    {
        var folder = WrittenEpub.NewFolder();
        var regular = Path.Combine(folder, "Body-Regular.ttf");
        var bold = Path.Combine(folder, "Body-Bold.ttf");
        File.Copy(Path.Combine(TestDocuments.RepositoryFonts(), "NotoSans-Regular.ttf"), regular);
        File.Copy(Path.Combine(TestDocuments.RepositoryFonts(), "NotoSans-Bold.ttf"), bold);
        var store = new FontFileStore();
        var before = (store.Read(regular), store.Read(bold));
        File.WriteAllText(regular, "not a font");
        File.WriteAllText(bold, "not a font");
        var options = TestDocuments.Options() with
        {
            CoverFonts = new EpubCoverFonts(regular, bold),
            FontFiles = store,
            EmbeddedFonts = [new EpubFont(regular, "Body", 400, false), new EpubFont(bold, "Body", 700, false)],
        };

        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), options, PrintPageMap.Empty, folder);

        Assert.Same(before.Item1, store.Read(regular));
        Assert.Contains("EPUB/images/cover.jpg", epub.Entries);
        Assert.Equal(2, epub.Entries.Count(e => e.StartsWith("EPUB/fonts/", StringComparison.Ordinal)));
        Assert.DoesNotContain(epub.Diagnostics, d => d.Code == EpubDiagnosticCodes.CoverNotDrawn);
    }

    [Fact]
    public void A_given_cover_image_is_used_instead_of_drawing_one()
    {
        var folder = WrittenEpub.NewFolder();
        var coverPath = Path.Combine(folder, "my-cover.png");
        File.WriteAllBytes(coverPath, TestImages.JpegWithOrientation(300, 450, 1));
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { CoverImagePath = coverPath }, PrintPageMap.Empty, folder);

        using var cover = SkiaSharp.SKBitmap.Decode(epub.Contents["EPUB/images/cover.jpg"]);
        Assert.Equal((300, 450), (cover.Width, cover.Height));
    }

    [Fact]
    public void Embedded_fonts_are_declared_in_manifest_and_stylesheet()
    {
        var folder = WrittenEpub.NewFolder();
        var font = new EpubFont(Path.Combine(TestDocuments.RepositoryFonts(), "NotoSerif-Italic.ttf"), "Noto Serif", 400, Italic: true);
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder), TestDocuments.Options() with { EmbeddedFonts = [font], SubsetFonts = false }, PrintPageMap.Empty, folder);

        Assert.Equal(File.ReadAllBytes(font.Path), epub.Contents["EPUB/fonts/0001.ttf"]);
        Assert.Contains(Opf(epub).Descendants(WrittenEpub.Opf + "item"), i => i.Attribute("href")?.Value == "fonts/0001.ttf" && i.Attribute("media-type")?.Value == "font/ttf");
        var css = Encoding.UTF8.GetString(epub.Contents["EPUB/css/book.css"]);
        Assert.Contains("font-style: italic; src: url(\"../fonts/0001.ttf\")", css, StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme: dark", css, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subset_font_is_much_smaller_and_still_maps_every_character_of_the_book()
    {
        var folder = WrittenEpub.NewFolder();
        var font = new EpubFont(Path.Combine(TestDocuments.RepositoryFonts(), "NotoSerif-Regular.ttf"), "Noto Serif", 400, Italic: false);
        using var epub = WrittenEpub.Of(TestDocuments.Sample(folder, language: "tr"), TestDocuments.Options() with { EmbeddedFonts = [font] }, PrintPageMap.Empty, folder);

        var subset = epub.Contents["EPUB/fonts/0001.ttf"];
        Assert.True(subset.Length * 5 < new FileInfo(font.Path).Length, $"subset is {subset.Length} bytes");
        using var typeface = SkiaSharp.SKTypeface.FromData(SkiaSharp.SKData.CreateCopy(subset));
        Assert.NotNull(typeface);
        using var skFont = new SkiaSharp.SKFont(typeface);
        var text = string.Concat(epub.XhtmlDocuments.SelectMany(d => d.Document.DescendantNodes().OfType<XText>()).Select(t => t.Value));
        var characters = text.EnumerateRunes().Where(r => !Rune.IsControl(r) && !Rune.IsWhiteSpace(r)).Distinct().ToList();
        Assert.Contains(characters, r => r.Value == 'ı');
        foreach (var character in characters)
        {
            Assert.True(skFont.GetGlyphs(character.ToString()).All(g => g != 0), $"U+{character.Value:X4} lost its glyph");
        }

        // Noto Serif has Cyrillic; the book does not use it, so the subset must not carry it.
        Assert.Equal(0, skFont.GetGlyphs("Ж")[0]);
        using var whole = new SkiaSharp.SKFont(SkiaSharp.SKTypeface.FromFile(font.Path));
        Assert.NotEqual(0, whole.GetGlyphs("Ж")[0]);
    }

    internal static XDocument Opf(WrittenEpub epub) => epub.Xml("EPUB/content.opf");

    internal static string Identifier(WrittenEpub epub) =>
        Opf(epub).Descendants(XName.Get("identifier", "http://purl.org/dc/elements/1.1/")).Single().Value;
}
