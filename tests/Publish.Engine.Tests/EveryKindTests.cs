using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Engine.Editions;
using Publish.Engine.Inspection;
using Publish.Engine.Tests.Hostile;
using Publish.Manuscript;
using Publish.Manuscript.Export;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Layout;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 15 item 4: one document holding every <see cref="Block"/> and <see cref="Inline"/> kind the model has, found
/// by reflection and built by <see cref="KindInstances"/>, goes through every place that dispatches on kinds: inspect
/// (its JSON and the structural dump), import (the Markdown exporter), the print layout and PDF writer (read back with
/// PdfPig) and the EPUB writer (its XHTML, and epubcheck). Every block kind stands in the body and in a note, every
/// inline kind in a paragraph of the body. A kind with text must show it in every output; a kind without text (a
/// thematic break, a line break) must show its trace (<see cref="Traces"/>) between the words set around it. So a new
/// kind that one writer forgets fails here, not in a user's book.
/// </summary>
public sealed partial class EveryKindTests
{
    private const string InBody = "Body";
    private const string InNote = "Note";

    /// <summary>
    /// How each output shows a kind that carries no text: in the structural dump, the Markdown, the XHTML and the
    /// PDF's text (null: the words around it sit on two lines). A new kind without text fails until it has a row.
    /// </summary>
    private static readonly Dictionary<string, (string Dump, string Markdown, string Xhtml, string? Pdf)> Traces = new()
    {
        [nameof(ThematicBreakBlock)] = ("thematic break", "* * *", "class=\"scene-break\" role=\"separator\"", "***"),
        [nameof(LineBreakInline)] = ("{br}", "\\\n", "<br", null),
    };

    /// <summary>
    /// What an output is known to lose today, each with its reason; none now (a scene break inside a note, which the
    /// print note used to set as empty plain text, sets the body's ornament since the realize stage).
    /// </summary>
    private static readonly HashSet<(string Output, string Place, string Kind)> KnownGaps = [];

    [Fact]
    public void Reflection_finds_the_kinds_the_writers_know()
    {
        // A broken search would let the main test pass on nothing.
        var blocks = KindInstances.ConcreteKinds(typeof(Block));
        var inlines = KindInstances.ConcreteKinds(typeof(Inline));
        Assert.Contains(typeof(ParagraphBlock), blocks);
        Assert.Contains(typeof(ThematicBreakBlock), blocks);
        Assert.Contains(typeof(TextInline), inlines);
        Assert.Contains(typeof(NoteReferenceInline), inlines);
        Assert.DoesNotContain(typeof(Block), blocks);
    }

    [Fact]
    public void Every_block_and_inline_kind_reaches_inspect_import_the_pdf_and_the_epub()
    {
        using var scratch = new ScratchFolder();
        var (document, probes) = EveryKindDocument(scratch);
        var diagnostics = new DiagnosticBag();

        var outputs = new Dictionary<string, string>
        {
            ["inspect JSON"] = InspectionJson.Write(document.SourcePath, new ReadResult(document, document.Dialect, [])),
            ["structural dump"] = StructuralDump.Of(document),
            ["Markdown"] = new MarkdownExporter(scratch.Path).Export(document),
        };

        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        var print = new PrintLayout(style).Layout(document, Editions.BuildDate, "EveryKindTests", diagnostics);
        var context = new EditionContext(Editions.BuildDate, diagnostics, print);
        var pdfPath = scratch.File("every-kind.pdf");
        var epubPath = scratch.File("every-kind.epub");
        using (var pdf = File.Create(pdfPath))
        {
            new PdfEditionWriter().Write(document, context, pdf);
        }

        using (var epub = File.Create(epubPath))
        {
            new EpubEditionWriter(style).Write(document, context, epub);
        }

        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Severity == DiagnosticSeverity.Error);
        var (pdfText, lineOf) = PdfText(pdfPath);
        outputs["PDF"] = pdfText;
        outputs["XHTML"] = Xhtml(epubPath);

        var missing = new List<string>();
        foreach (var (place, kind) in probes)
        {
            var marker = KindInstances.Marker(place, kind);
            var textless = !outputs["structural dump"].Contains(marker, StringComparison.Ordinal);
            if (textless && !Traces.ContainsKey(kind.Name))
            {
                missing.Add($"{kind.Name} carries no text this test can look for: add how each output shows it to EveryKindTests.Traces");
                continue;
            }

            foreach (var (output, text) in outputs)
            {
                if (KnownGaps.Contains((output, place, kind.Name)) || (textless && output == "inspect JSON"))
                {
                    // The JSON shows prose only; the structural dump is inspect's structure.
                    continue;
                }

                if (output == "Markdown" && kind == typeof(CitationInline))
                {
                    // Import writes a citation as the author wrote it ([@key]); its text is rendered again from the references.
                    Assert.Contains("@everykind", text, StringComparison.Ordinal);
                    continue;
                }

                if (!textless)
                {
                    if (!Normalised(text, output).Contains(Normalised(marker, output), StringComparison.OrdinalIgnoreCase))
                    {
                        missing.Add($"{output}: {place} {kind.Name} — its text '{marker}' is missing");
                    }

                    continue;
                }

                var trace = Traces[kind.Name];
                var expected = output switch
                {
                    "structural dump" => trace.Dump,
                    "Markdown" => trace.Markdown,
                    "XHTML" => trace.Xhtml,
                    _ => trace.Pdf,
                };
                var between = Between(Normalised(text, output), Normalised("Before" + place + kind.Name, output), Normalised("After" + place + kind.Name, output));
                if (expected is null)
                {
                    // Only a line break has no printed trace: the words around it must sit on two lines.
                    if (lineOf("Before" + place + kind.Name) is not { } before || lineOf("After" + place + kind.Name) is not { } after || Math.Abs(before - after) < 1)
                    {
                        missing.Add($"{output}: {place} {kind.Name} — the words around it are not on two lines");
                    }
                }
                else if (between is null || !between.Contains(Normalised(expected, output), StringComparison.Ordinal))
                {
                    missing.Add($"{output}: {place} {kind.Name} — no '{expected}' between the words around it (found '{between}')");
                }
            }
        }

        Assert.True(missing.Count == 0, "Kinds an output lost:\n" + string.Join("\n", missing));
        EditionValidators.AssertEpubClean(epubPath);
    }

    /// <summary>
    /// The document: a heading, then each block kind between two paragraphs naming it, each inline kind in a paragraph
    /// between two words naming it, and a note holding each block kind the same way.
    /// </summary>
    private static (Document Document, List<(string Place, Type Kind)> Probes) EveryKindDocument(ScratchFolder scratch)
    {
        var imagePath = scratch.File("every-kind.png");
        File.WriteAllBytes(imagePath, TestImages.Png(64, 48, (200, 30, 30)));
        var instances = new KindInstances(new ImageSource(imagePath, "A red rectangle") { Facts = new ImageFacts(ImageFormat.Png, 64, 48) });
        var probes = new List<(string, Type)>();
        var body = ImmutableArray.CreateBuilder<Block>();
        body.Add(new HeadingBlock(1, [KindInstances.Text("Every kind")], SourceSpan.None));
        foreach (var kind in KindInstances.ConcreteKinds(typeof(Block)))
        {
            body.AddRange(BlockProbe(instances, InBody, kind));
            probes.Add((InBody, kind));
        }

        foreach (var kind in KindInstances.ConcreteKinds(typeof(Inline)))
        {
            body.Add(KindInstances.Paragraph(
                KindInstances.Text("Before" + InBody + kind.Name + " "),
                (Inline)instances.Build(kind, InBody),
                KindInstances.Text(" After" + InBody + kind.Name)));
            probes.Add((InBody, kind));
        }

        var noteContent = ImmutableArray.CreateBuilder<Block>();
        foreach (var kind in KindInstances.ConcreteKinds(typeof(Block)))
        {
            noteContent.AddRange(BlockProbe(instances, InNote, kind));
            probes.Add((InNote, kind));
        }

        var note = instances.NewNote(noteContent.ToImmutable());
        body.Add(KindInstances.Paragraph(KindInstances.Text("A note holds every block kind."), new NoteReferenceInline(note, SourceSpan.None)));

        var document = new Document
        {
            SourcePath = scratch.File("every-kind.md"),
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "Every kind", Authors = ["A. Tester"], Language = "en" },
            Body = body.ToImmutable(),
            Notes = instances.Notes,
        };
        return (document, probes);
    }

    private static Block[] BlockProbe(KindInstances instances, string place, Type kind) =>
    [
        KindInstances.Paragraph(KindInstances.Text("Before" + place + kind.Name)),
        (Block)instances.Build(kind, place),
        KindInstances.Paragraph(KindInstances.Text("After" + place + kind.Name)),
    ];

    /// <summary>The PDF's text in page order, and where a word's baseline is (null when the word is not there).</summary>
    private static (string Text, Func<string, double?> LineOf) PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var text = new StringBuilder();
        var lines = new Dictionary<string, double>(StringComparer.Ordinal);
        var images = 0;
        foreach (var page in pdf.GetPages())
        {
            text.Append(page.Text).Append('\n');
            foreach (var word in page.GetWords())
            {
                lines.TryAdd(word.Text, (page.Number * 10_000) - word.BoundingBox.Bottom);
            }

            images += page.GetImages().Count();
        }

        Assert.True(images > 0, "the figure's image is not in the PDF");

        return (text.ToString(), word => lines.TryGetValue(word, out var line) ? line : null);
    }

    /// <summary>Every content document's markup, in spine order of their names.</summary>
    private static string Xhtml(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) && !e.FullName.EndsWith("nav.xhtml", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }

        Assert.Contains("<img src=\"images/", text.ToString(), StringComparison.Ordinal);
        return text.ToString();
    }

    /// <summary>The PDF's text without the spaces and hyphens line setting adds; other outputs as they are.</summary>
    private static string Normalised(string text, string output) => output == "PDF" ? LayoutNoise().Replace(text, string.Empty) : text;

    private static string? Between(string text, string before, string after)
    {
        var start = text.IndexOf(before, StringComparison.OrdinalIgnoreCase);
        var end = start < 0 ? -1 : text.IndexOf(after, start + before.Length, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? null : text[(start + before.Length)..end];
    }

    [GeneratedRegex(@"[\s\-\u2010\u00AD]")]
    private static partial Regex LayoutNoise();
}
