using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests;

/// <summary>
/// The e-reader edition end to end, through <see cref="Publisher"/>: EPUBCheck on every manuscript, every XHTML
/// document parsed back (notes, ids, figures, colophon, metadata, escaping), byte-identical rebuilds, and the
/// page-list checked against the PDF built alongside.
/// </summary>
public sealed partial class EpubEditionTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XName EpubType = XName.Get("type", "http://www.idpf.org/2007/ops");

    /// <summary>A manuscript whose title, author, caption and note carry every character XML must escape, and emoji.</summary>
    private static readonly Lazy<string> EscapingManuscript = new(WriteEscapingManuscript);

    /// <summary>
    /// EPUBCheck on every manuscript's EPUB, run once per test run, two at a time (the long-lived JVMs of
    /// tests/tools/Epubcheck.cs).
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, (int ExitCode, string Report)>> EpubcheckReports = new(() =>
    {
        var epubs = Repo.AllManuscripts().Append(EscapingManuscript.Value).ToDictionary(m => m, Editions.EpubOf, StringComparer.Ordinal);
        var reports = new ConcurrentDictionary<string, (int, string)>(StringComparer.Ordinal);
        Parallel.ForEach(epubs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, pair => reports[pair.Key] = Publish.Tests.Tools.Epubcheck.Run(pair.Value));
        return reports;
    });

    public static TheoryData<string> Manuscripts() => [.. Repo.AllManuscripts().Select(p => Path.GetRelativePath(Repo.Root, p))];

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Epubcheck_reports_no_fatal_error_or_warning(string manuscript)
    {
        var (exitCode, report) = EpubcheckReports.Value[Path.Combine(Repo.Root, manuscript)];

        AssertEpubcheckClean(exitCode, report);
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Every_marker_has_one_note_in_its_file_with_the_same_number_and_a_working_back_link(string manuscript)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var document = Editions.Of(path).Document!;
        var book = EpubBook.Open(Editions.EpubOf(path));

        var markerNumbers = new List<int>();
        var notesInBook = new HashSet<int>();
        foreach (var (entry, xhtml) in book.Content)
        {
            var byId = xhtml.Descendants().Where(e => e.Attribute("id") is not null).ToDictionary(e => e.Attribute("id")!.Value, StringComparer.Ordinal);
            var markers = xhtml.Descendants(X + "a").Where(a => a.Attribute(EpubType)?.Value == "noteref").ToList();
            var asides = xhtml.Descendants(X + "aside").Where(a => a.Attribute(EpubType)?.Value == "footnote").ToList();
            foreach (var marker in markers)
            {
                var number = int.Parse(marker.Value, NumberStyles.None, CultureInfo.InvariantCulture);
                markerNumbers.Add(number);
                Assert.Equal("doc-noteref", marker.Attribute("role")?.Value);
                Assert.Empty(marker.Elements());
                var target = byId[Fragment(marker, entry)];
                Assert.Equal(("aside", "footnote", "doc-footnote"), (target.Name.LocalName, target.Attribute(EpubType)?.Value, target.Attribute("role")?.Value));
                var backlink = target.Descendants(X + "a").First();
                Assert.Equal(("doc-backlink", marker.Value), (backlink.Attribute("role")?.Value, backlink.Value));
                var back = byId[Fragment(backlink, entry)];
                Assert.Equal(("noteref", marker.Value), (back.Attribute(EpubType)?.Value, back.Value));
            }

            // One note per number in each file, and only for numbers marked in that file.
            var asideNumbers = asides.Select(a => int.Parse(a.Descendants(X + "a").First().Value, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(asideNumbers.Distinct().Count(), asideNumbers.Count);
            Assert.Equal(markers.Select(m => m.Value).Distinct().Order(StringComparer.Ordinal), asideNumbers.Select(n => n.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
            notesInBook.UnionWith(asideNumbers);
        }

        var expected = DocumentWalker.NoteReferenceCounts(document);
        Assert.Equal(expected.Values.Sum(), markerNumbers.Count);
        Assert.Equal(expected.Where(p => p.Value > 0).Select(p => p.Key).Order(), notesInBook.Order());
        Assert.Equal(expected.SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).Order(), markerNumbers.Order());
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Ids_are_unique_in_the_whole_book_and_every_internal_link_resolves(string manuscript)
    {
        var book = EpubBook.Open(Editions.EpubOf(Path.Combine(Repo.Root, manuscript)));
        var documents = book.Content.Append(("EPUB/nav.xhtml", book.Nav)).ToList();

        var ids = documents.SelectMany(d => d.Item2.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>()).ToList();
        Assert.Empty(ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        var idsByEntry = documents.ToDictionary(d => d.Item1, d => d.Item2.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (entry, xhtml) in documents)
        {
            foreach (var link in xhtml.Descendants(X + "a").Select(a => a.Attribute("href")?.Value).OfType<string>().Where(h => !h.Contains(':', StringComparison.Ordinal)))
            {
                var hash = link.IndexOf('#', StringComparison.Ordinal);
                var file = hash == 0 ? entry : "EPUB/" + (hash < 0 ? link : link[..hash]);
                Assert.True(idsByEntry.ContainsKey(file), $"{entry}: {link} points at a missing document");
                Assert.True(hash < 0 || idsByEntry[file].Contains(link[(hash + 1)..]), $"{entry}: {link} points at a missing id");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Figures_keep_their_image_alt_text_and_caption(string manuscript)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var document = Editions.Of(path).Document!;
        var book = EpubBook.Open(Editions.EpubOf(path));

        var modelFigures = Model.DocumentWalker.Figures(document.FrontMatter.AddRange(document.Body)).ToList();
        var figures = book.Content.SelectMany(c => c.Document.Descendants(X + "figure")).ToList();
        Assert.Equal(modelFigures.Count, figures.Count);
        foreach (var (model, written) in modelFigures.Zip(figures))
        {
            // A figure a cross-reference points at (one with an id) shows the number the reference prints: "Figure 1: …".
            var label = model.Id is not null && model.Number > 0
                ? $"{EditionLabels.ForLanguage(document.Metadata.Language).Figure} {model.Number.ToString(CultureInfo.InvariantCulture)}:" + (model.Caption.IsEmpty ? string.Empty : " ")
                : string.Empty;

            // A figure whose photo is missing is led by the default style's mark (figures.missing-mark: label).
            label = (model.Image is null ? EditionLabels.ForLanguage(document.Metadata.Language).MissingPhoto + " " : string.Empty) + label;
            Assert.Equal(Spaces(label + PlainText.Of(model.Caption)), Spaces(written.Element(X + "figcaption")?.Value ?? string.Empty));
            var image = written.Element(X + "img");
            if (model.Image is null || !File.Exists(model.Image.Path))
            {
                Assert.Null(image);
                continue;
            }

            Assert.NotNull(image);
            var alt = string.IsNullOrWhiteSpace(model.Image.AltText) ? PlainText.Of(model.Caption, withNoteMarkers: false) : model.Image.AltText;
            Assert.Equal(alt.Trim(), image.Attribute("alt")?.Value);
            Assert.Contains("EPUB/" + image.Attribute("src")?.Value, book.Entries);
        }
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void The_colophon_has_the_citation_and_every_line_of_the_institution(string manuscript)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var document = Editions.Of(path).Document!;
        var book = EpubBook.Open(Editions.EpubOf(path));
        var diagnostics = new DiagnosticBag();
        // The lines the engine chose (issue 19): the manuscript's own block, else the style's with {year} … filled in.
        var institution = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!.Footer.InstitutionFor(document, Editions.BuildDate)!;

        var colophon = book.Content.SelectMany(c => c.Document.Descendants(X + "section")).Single(s => s.Attribute(EpubType)?.Value == "colophon");
        var lines = colophon.Descendants(X + "p").Where(p => p.Attribute("class")?.Value.StartsWith("institution-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(institution.Lines.Select(l => l.Text), lines.Select(l => l.Value));
        Assert.Equal(institution.Lines.Select(l => "institution-" + l.Kind.ToString().ToLowerInvariant()), lines.Select(l => l.Attribute("class")!.Value));
        foreach (var (line, written) in institution.Lines.Zip(lines).Where(p => p.First.Url is not null))
        {
            Assert.Equal(line.Url, written.Element(X + "a")?.Attribute("href")?.Value);
        }

        if (document.Citation.Length > 0)
        {
            Assert.Equal(Spaces(PlainText.Of(document.Citation)), Spaces(colophon.Descendants(X + "p").Single(p => p.Attribute("class")?.Value == "citation").Value));
        }
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Metadata_and_language_come_from_the_manuscript(string manuscript)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var metadata = Editions.Of(path).Document!.Metadata;
        var book = EpubBook.Open(Editions.EpubOf(path));
        var opf = book.Package.Root!.Element(Opf + "metadata")!;

        Assert.Equal(metadata.Title, opf.Elements(Dc + "title").First().Value);
        Assert.Equal(metadata.Authors, opf.Elements(Dc + "creator").Select(c => c.Value));
        Assert.Equal(metadata.Language, opf.Element(Dc + "language")?.Value);
        Assert.Equal(Editions.BuildDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            opf.Elements(Opf + "meta").Single(m => m.Attribute("property")?.Value == "dcterms:modified").Value);
        var identifier = opf.Element(Dc + "identifier")!.Value;
        if (identifier.StartsWith("urn:isbn:", StringComparison.Ordinal))
        {
            // An ISBN is written as its URN (RFC 3187): its digits, without the words and hyphens around them.
            Assert.EndsWith(identifier["urn:isbn:".Length..], new string([.. metadata.Identifier!.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x')]).ToUpperInvariant(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(metadata.Identifier?.Trim() ?? identifier, identifier);
        }
        Assert.Matches(metadata.Identifier is null ? "^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$" : ".", identifier);
        foreach (var (entry, xhtml) in book.Content.Append(("nav", book.Nav)))
        {
            Assert.True(metadata.Language == xhtml.Root!.Attribute("lang")?.Value, $"{entry} has no lang {metadata.Language}");
        }

        Assert.Equal(metadata.Title, book.Content.Single(c => c.Entry == "EPUB/title.xhtml").Document.Descendants(X + "h1").Single().Value);
    }

    [Fact]
    public void Turkish_manuscripts_get_turkish_navigation_and_headings()
    {
        var turkish = Repo.AllManuscripts().Single(p => p.EndsWith("turkish-kaynakca.md", StringComparison.Ordinal));
        Assert.StartsWith("tr", Editions.Of(turkish).Document!.Metadata.Language, StringComparison.Ordinal);
        var book = EpubBook.Open(Editions.EpubOf(turkish));

        Assert.Equal("İçindekiler", book.Nav.Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "toc").Element(X + "h1")?.Value);
        var headings = book.Content.SelectMany(c => c.Document.Descendants()).Where(e => e.Name.LocalName is "h1" or "h2").Select(e => e.Value).ToList();
        Assert.Contains("Kaynakça", headings);
        Assert.DoesNotContain("Bibliography", headings);
        Assert.DoesNotContain("Contents", headings);
    }

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void The_front_matter_is_one_labelled_abstract_section_before_the_body(string manuscript)
    {
        var path = Path.Combine(Repo.Root, manuscript);
        var document = Editions.Of(path).Document!;
        var book = EpubBook.Open(Editions.EpubOf(path));
        // An author's ::: abstract div in the body is an abstract too (issue 17); the front matter's is the one labelled here.
        var divAbstracts = document.Body.OfType<DivBlock>().Where(d => d.Classes.Contains("abstract")).Select(d => Spaces(PlainText.Of(d.Children))).ToHashSet(StringComparer.Ordinal);
        var sections = book.Content.SelectMany(c => c.Document.Descendants(X + "section"))
            .Where(s => s.Attribute("role")?.Value == "doc-abstract" && !divAbstracts.Contains(Spaces(s.Value)))
            .ToList();
        if (document.FrontMatter.IsDefaultOrEmpty)
        {
            Assert.Empty(sections);
            return;
        }

        var section = Assert.Single(sections);
        Assert.Equal("abstract", section.Attribute(EpubType)?.Value);
        var label = section.Elements(X + "h2").Single();
        Assert.Equal(label.Attribute("id")?.Value, section.Attribute("aria-labelledby")?.Value);
        Assert.Equal(Model.EditionLabels.ForLanguage(document.Metadata.Language).Abstract, label.Value);
        Assert.Equal(document.FrontMatter.Select(b => PlainText.Of([b])), section.Elements(X + "p").Select(p => p.Value.Trim()));

        // Before the body: the first text document, ahead of the body's first block.
        var text = book.Content.First(c => c.Entry.Contains("/text-", StringComparison.Ordinal)).Document;
        Assert.Same(section.Document, text);
        var firstBody = PlainText.Of([document.Body[0]]);
        Assert.Contains(firstBody, string.Concat(section.ElementsAfterSelf().Select(e => e.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_alt_texts_and_notes_with_markup_characters_and_emoji_are_escaped_and_valid()
    {
        var result = Editions.Of(EscapingManuscript.Value);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var document = result.Document!;
        var book = EpubBook.Open(Editions.EpubOf(EscapingManuscript.Value));
        var title = document.Metadata.Title;
        foreach (var c in new[] { "&", "<", ">", "🐟" })
        {
            Assert.Contains(c, title, StringComparison.Ordinal);
        }

        Assert.Equal(title, book.Package.Descendants(Dc + "title").First().Value);
        Assert.Equal(document.Metadata.Authors, book.Package.Descendants(Dc + "creator").Select(c => c.Value));
        Assert.Equal(title, book.Content.Single(c => c.Entry == "EPUB/title.xhtml").Document.Descendants(X + "h1").Single().Value);

        var figure = Assert.Single(Model.DocumentWalker.Figures(document.Body));
        var alt = string.IsNullOrWhiteSpace(figure.Image!.AltText) ? PlainText.Of(figure.Caption, withNoteMarkers: false) : figure.Image.AltText;
        foreach (var c in new[] { "&", "<", ">", "🚢" })
        {
            Assert.Contains(c, alt, StringComparison.Ordinal);
        }

        var img = book.Content.SelectMany(c => c.Document.Descendants(X + "img")).Single(i => i.Attribute("role") is null);
        Assert.Equal(alt.Trim(), img.Attribute("alt")?.Value);

        var aside = book.Content.SelectMany(c => c.Document.Descendants(X + "aside")).Single();
        Assert.Contains("<b> & \"c\" 🌊", aside.Value, StringComparison.Ordinal);
        var (exitCode, report) = EpubcheckReports.Value[EscapingManuscript.Value];
        AssertEpubcheckClean(exitCode, report);
    }

    [Fact]
    public void Two_builds_with_the_same_source_date_epoch_in_different_folders_give_identical_bytes()
    {
        using var scratch = new ScratchFolder();
        var epubs = new List<byte[]>();
        foreach (var folder in new[] { "first", Path.Combine("second", "deeper") })
        {
            var manuscript = Path.Combine(scratch.Path, folder, "manuscript");
            Directory.CreateDirectory(manuscript);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "manuscript")))
            {
                File.Copy(file, Path.Combine(manuscript, Path.GetFileName(file)));
            }

            var output = Path.Combine(scratch.Path, folder, "out");
            var outcome = PublishProcess.Run(scratch.Path, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" },
                "build", manuscript, "-o", output, "--format", "epub", "--style", Repo.DefaultStyle);
            Assert.True(outcome.ExitCode == 0, outcome.StandardError + outcome.StandardOutput);
            epubs.Add(File.ReadAllBytes(Assert.Single(Directory.GetFiles(output, "*.epub"))));
        }

        Assert.Equal(epubs[0], epubs[1]);
        using var zip = new ZipArchive(new MemoryStream(epubs[0]));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void The_page_list_has_one_entry_per_pdf_page_each_before_the_first_word_of_its_page()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("generated.md", GeneratedBook(sections: 12, wordsPerSection: 400));
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!;
        var result = Assert.Single(Publisher.Create(style).Build(new BuildRequest([manuscript], scratch.File("out"), BuildDate: Editions.BuildDate)).Manuscripts);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path);
        var book = EpubBook.Open(result.Outputs.Single(o => o.Format == EditionFormats.Epub).Path);

        var pageList = book.Nav.Descendants(X + "nav").Single(n => n.Attribute(EpubType)?.Value == "page-list");
        var entries = pageList.Descendants(X + "a").ToList();
        Assert.True(pdf.NumberOfPages >= 8, $"only {pdf.NumberOfPages} pages");
        Assert.Equal(pdf.NumberOfPages, entries.Count);
        var metadata = result.Document!.Metadata;
        var titlePage = string.Join(' ', [metadata.Title, .. metadata.Authors, metadata.Date ?? string.Empty]).Split(' ').Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var content = book.Content.ToDictionary(c => c.Entry, c => c.Document, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var page = pdf.GetPage(i + 1);
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), entries[i].Value);
            var href = entries[i].Attribute("href")!.Value;
            var marker = content["EPUB/" + href[..href.IndexOf('#', StringComparison.Ordinal)]].Descendants().Single(e => e.Attribute("id")?.Value == href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            Assert.Equal(("pagebreak", "doc-pagebreak", entries[i].Value), (marker.Attribute(EpubType)?.Value, marker.Attribute("role")?.Value, marker.Attribute("aria-label")?.Value));

            var epubWords = WordsAfter(marker).Take(3).ToList();
            var pdfWords = MainTextWords(page).Take(12).ToList();
            Assert.True(epubWords.Count > 0, $"nothing follows the marker of page {entries[i].Value}");

            // The page's first word of main text; on page 1 the title comes first, and the title is not in the
            // text documents, so the marker must sit before the first word after it.
            var first = i == 0 ? pdfWords.FindIndex(w => w == epubWords[0]) : 0;
            Assert.True(first >= 0 && pdfWords.Take(first).All(titlePage.Contains) && SameWord(epubWords[0], pdfWords[first]),
                $"page {entries[i].Value}: EPUB continues with '{string.Join(' ', epubWords)}', PDF page starts with '{string.Join(' ', pdfWords)}'");
        }
    }

    private static void AssertEpubcheckClean(int exitCode, string report)
    {
        Assert.True(exitCode == 0, report);
        Assert.DoesNotMatch(@"(FATAL|ERROR|WARNING)\(", report);
        Assert.Contains("No errors or warnings detected", report, StringComparison.Ordinal);
    }

    private static string WriteEscapingManuscript()
    {
        var folder = Directory.CreateTempSubdirectory("publish-epub-escaping-").FullName;
        File.Copy(Path.Combine(Repo.Root, "tests", "manuscripts", "legacy", "ports-of-the-caspian.jpg"), Path.Combine(folder, "harbour.jpg"));
        var path = Path.Combine(folder, "escaping.md");
        File.WriteAllText(path, """
            ---
            title: 'Fish & Chips <Tide> 🐟 "Ports" & <b>'
            author: 'Ayşe <Kaya> & Co 🌊'
            lang: en
            date: 2024-05-01
            ---

            # Harbours & \<ships\>

            The quay at dawn, when the boats come in.[^1]

            ![Harbour & \<boats\> "at" dawn 🚢](harbour.jpg)

            [^1]: A note with `<b> & "c" 🌊` in code.
            """);
        return path;
    }

    private static string Fragment(XElement link, string entry)
    {
        var href = link.Attribute("href")!.Value;
        Assert.True(href.StartsWith('#'), $"{entry}: {href} leaves the file; the pop-up needs the note in the same file");
        return href[1..];
    }

    private static string Spaces(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>The words a reader meets after a page-break marker: text nodes in document order, note texts left out (they are not in the main text).</summary>
    private static IEnumerable<string> WordsAfter(XElement marker)
    {
        var text = new StringBuilder();
        foreach (var node in marker.NodesAfterSelf().Concat(marker.Ancestors().SelectMany(a => a.NodesAfterSelf())).SelectMany(n => n is XElement e ? e.DescendantNodesAndSelf() : new[] { n }))
        {
            if (node is XElement { Name.LocalName: "p" or "h1" or "h2" or "h3" or "h4" or "li" or "figcaption" or "section" })
            {
                text.Append(' ');
            }
            else if (node is XText t && !t.Ancestors(X + "aside").Any())
            {
                text.Append(t.Value);
            }

            if (text.Length > 200)
            {
                break;
            }
        }

        return text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Normalize).Where(w => w.Length > 0);
    }

    /// <summary>The page's words top to bottom, left to right, without the footer (the only sans text).</summary>
    private static IEnumerable<string> MainTextWords(Page page) =>
        page.GetWords()
            .Where(w => w.Letters[0].FontName?.Contains("NotoSans", StringComparison.Ordinal) != true)
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 0))
            .ThenBy(w => w.BoundingBox.Left)
            .Select(w => Normalize(w.Text))
            .Where(w => w.Length > 0);

    /// <summary>Letters and digits only: PdfPig glues a note marker to its word, and quotes and dashes differ in extraction.</summary>
    private static string Normalize(string word) => string.Concat(word.Where(char.IsLetterOrDigit));

    /// <summary>Equal, or the PDF shows the first part of a word hyphenated across a line end.</summary>
    private static bool SameWord(string epub, string pdf) =>
        epub == pdf || (pdf.Length >= 2 && epub.StartsWith(pdf, StringComparison.Ordinal)) || (epub.Length >= 2 && pdf.StartsWith(epub, StringComparison.Ordinal));

    /// <summary>A deterministic book: sections of plain English sentences, two notes per section glued to a period.</summary>
    private static string GeneratedBook(int sections, int wordsPerSection)
    {
        string[] vocabulary =
        [
            "harbour", "river", "merchant", "archive", "treaty", "village", "mountain", "season", "letter", "council",
            "market", "bridge", "winter", "journey", "record", "scholar", "province", "railway", "garden", "museum",
            "the", "of", "and", "in", "a", "was", "with", "from", "that", "by", "old", "new", "long", "quiet", "early",
        ];
        var state = 12345UL;
        string Next()
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return vocabulary[(int)((state >> 33) % (ulong)vocabulary.Length)];
        }

        var text = new StringBuilder("---\ntitle: A Generated Book of Harbours\nauthor: Test Author\nlang: en\ndate: 2024-01-01\n---\n\n");
        var notes = new StringBuilder();
        var note = 0;
        for (var s = 1; s <= sections; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"# Section {s} on the {Next()} {Next()}\n\n");
            var words = 0;
            var sentence = 0;
            while (words < wordsPerSection)
            {
                var paragraph = new StringBuilder();
                for (var k = 0; k < 5 && words < wordsPerSection; k++, sentence++)
                {
                    var length = 8 + (int)(state % 9);
                    var sentenceWords = Enumerable.Range(0, length).Select(_ => Next()).ToList();
                    sentenceWords[0] = char.ToUpperInvariant(sentenceWords[0][0]) + sentenceWords[0][1..];
                    paragraph.Append(string.Join(' ', sentenceWords)).Append('.');
                    if (sentence % 9 == 4)
                    {
                        note++;
                        paragraph.Append(CultureInfo.InvariantCulture, $"[^n{note}]");
                        notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: Note {note}: the {Next()} {Next()} of the {Next()}, as the {Next()} records.\n\n");
                    }

                    paragraph.Append(' ');
                    words += length;
                }

                text.Append(paragraph.ToString().TrimEnd()).Append("\n\n");
            }
        }

        return text.Append(notes).ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    /// <summary>An EPUB read back: the package, the navigation and the content documents in spine order, parsed with DTD processing off.</summary>
    private sealed record EpubBook(IReadOnlyList<string> Entries, XDocument Package, XDocument Nav, IReadOnlyList<(string Entry, XDocument Document)> Content)
    {
        public static EpubBook Open(string path)
        {
            using var zip = ZipFile.OpenRead(path);
            XDocument Load(string entry)
            {
                using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"{entry} is missing");
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
                return XDocument.Load(reader);
            }

            var package = Load("EPUB/content.opf");
            var manifest = package.Descendants(Opf + "item").ToDictionary(i => i.Attribute("id")!.Value, i => i.Attribute("href")!.Value, StringComparer.Ordinal);
            var spine = package.Descendants(Opf + "itemref").Select(r => "EPUB/" + manifest[r.Attribute("idref")!.Value]).ToList();
            return new EpubBook([.. zip.Entries.Select(e => e.FullName)], package, Load("EPUB/nav.xhtml"), [.. spine.Select(e => (e, Load(e)))]);
        }
    }
}
