using System.Collections.Immutable;
using Publish.Manuscript.Export;
using Publish.Manuscript.Input;
using Publish.Manuscript.Markdown;
using Publish.Manuscript.Tests.Markdown;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Tests.Export;

/// <summary>
/// <c>publish import</c> round trip: read a manuscript, export it as Markdown beside it, read the export back —
/// the structural dumps must be equal. The manuscript list is a theory so other dialects are one line each.
/// </summary>
public sealed class RoundTripTests
{
    /// <summary>Manuscripts (paths from the repository root) and the reader for each.</summary>
    public static TheoryData<string> Manuscripts => new()
    {
        "tests/manuscripts/markdown/full-features.md",
        "tests/manuscripts/markdown/turkish-kaynakca.md",
        "tests/manuscripts/markdown/german-references.md",
        "tests/manuscripts/markdown/french-edge-cases.md",

        // Issue 17: what authors write in Pandoc Markdown.
        "tests/manuscripts/markdown/tables.md",
        "tests/manuscripts/markdown/definitions-and-divs.md",
        "tests/manuscripts/markdown/inline-formats.md",
        "tests/manuscripts/markdown/cross-references.md",
        "tests/manuscripts/markdown/structured-notes.md",
    };

    /// <summary>The reader for each manuscript extension (the legacy reader joins here).</summary>
    private static readonly Dictionary<string, Func<IManuscriptReader>> Readers = new(StringComparer.Ordinal)
    {
        [".md"] = () => new MarkdownReader(),
    };

    private static IManuscriptReader ReaderFor(string path) =>
        Readers.TryGetValue(Path.GetExtension(path), out var reader) ? reader() : throw new InvalidOperationException($"no reader registered for {path}");

    [Theory]
    [MemberData(nameof(Manuscripts))]
    public void Reading_the_export_back_gives_an_equal_document(string relativePath)
    {
        using var scratch = new ScratchFolder();
        var source = Path.Combine(MarkdownTestFiles.RepoRoot, relativePath);
        scratch.CopyFolder(Path.GetDirectoryName(source)!);
        var copy = Path.Combine(scratch.Path, Path.GetFileName(source));

        var original = Read(ReaderFor(copy), copy, out var originalDiagnostics);
        Assert.False(originalDiagnostics.HasErrors, string.Join("\n", originalDiagnostics.ToImmutableSorted()));

        var exporter = new MarkdownExporter(scratch.Path);
        var markdown = exporter.Export(original);
        Assert.Equal(markdown, exporter.Export(original));
        var exported = Path.Combine(scratch.Path, "exported.md");
        File.WriteAllText(exported, markdown);

        var readBack = Read(new MarkdownReader(), exported, out var readBackDiagnostics);
        Assert.False(readBackDiagnostics.HasErrors, string.Join("\n", readBackDiagnostics.ToImmutableSorted()) + "\n" + markdown);
        Assert.Equal(StructuralDump.Of(original), StructuralDump.Of(readBack));
    }

    [Fact]
    public void A_hand_built_document_with_every_block_and_inline_kind_round_trips()
    {
        using var scratch = new ScratchFolder();
        var imagePath = Path.Combine(scratch.Path, "pictures", "a b%.png");
        Directory.CreateDirectory(Path.GetDirectoryName(imagePath)!);
        File.WriteAllBytes(imagePath, Tests.Input.TestImageBytes.Png(2, 2));
        var document = EveryKindDocument.Build(imagePath);

        var markdown = new MarkdownExporter(scratch.Path).Export(document);
        var exported = Path.Combine(scratch.Path, "every-kind.md");
        File.WriteAllText(exported, markdown);
        var readBack = Read(new MarkdownReader(), exported, out var diagnostics);

        Assert.Equal(StructuralDump.Of(document), StructuralDump.Of(readBack));
        Assert.Equal([DiagnosticCodes.ImageFileMissing], diagnostics.ToImmutableSorted().Select(d => d.Code));
        Assert.Contains("](<pictures/a b%25.png> \"A \\\"red\\\" square\")", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_built_document_with_every_construct_of_issue_17_round_trips()
    {
        using var scratch = new ScratchFolder();
        var document = WrittenConstructsDocument.Build();

        var markdown = new MarkdownExporter(scratch.Path).Export(document);
        var exported = Path.Combine(scratch.Path, "constructs.md");
        File.WriteAllText(exported, markdown);
        var readBack = Read(new MarkdownReader(), exported, out var diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToImmutableSorted()) + "\n" + markdown);
        Assert.Equal(StructuralDump.Of(document), StructuralDump.Of(readBack));
    }

    [Fact]
    public void Image_paths_are_written_relative_to_the_output_folder()
    {
        using var scratch = new ScratchFolder();
        var image = Path.Combine(scratch.Path, "img", "p.png");
        var document = new Document
        {
            SourcePath = "x.md",
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "T" },
            Body = [new FigureBlock([new TextInline("c", SourceSpan.None)], new ImageSource(image, null), SourceSpan.None)],
        };

        var fromRoot = new MarkdownExporter(scratch.Path).Export(document);
        var fromSub = new MarkdownExporter(Path.Combine(scratch.Path, "out")).Export(document);

        Assert.Contains("![c](<img/p.png>)", fromRoot, StringComparison.Ordinal);
        Assert.Contains("![c](<../img/p.png>)", fromSub, StringComparison.Ordinal);
    }

    private static Document Read(IManuscriptReader reader, string path, out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        var text = ManuscriptLoader.Load(path, null, diagnostics)!;
        return reader.Read(text, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
    }
}
