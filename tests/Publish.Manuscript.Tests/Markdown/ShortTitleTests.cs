using Publish.Manuscript.Export;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>Issue 20: <c>short-title</c> in the front matter, for a book's running heads, read without a warning and kept by <c>import</c>.</summary>
public sealed class ShortTitleTests
{
    [Fact]
    public void Short_title_is_read_with_the_typographic_punctuation_of_the_title()
    {
        var (document, diagnostics) = MarkdownTestFiles.ReadString("---\ntitle: Water Diplomacy on the Kura and Aras Rivers\nshort-title: Water \"Diplomacy\"\nlang: en\n---\n\nText.\n");

        Assert.Equal("Water “Diplomacy”", document!.Metadata.ShortTitle);
        Assert.DoesNotContain(diagnostics.ToImmutableSorted(), d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Without_short_title_there_is_none()
    {
        var (document, _) = MarkdownTestFiles.ReadString("---\ntitle: Water\n---\n\nText.\n");

        Assert.Null(document!.Metadata.ShortTitle);
    }

    [Fact]
    public void Import_writes_the_short_title_back()
    {
        var (document, _) = MarkdownTestFiles.ReadString("---\ntitle: A Long Title\nshort-title: Long\n---\n\nText.\n");

        Assert.Contains("short-title: ", new MarkdownExporter(Path.GetTempPath()).Export(document!), StringComparison.Ordinal);
    }
}
