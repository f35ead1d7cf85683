using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Citations;

/// <summary>
/// Issue 22 and the build cache: the bibliography files and a folder's <c>.csl</c> style are inputs of the editions,
/// so a build after one of them changed makes the editions again (an old edition taken for current would print
/// references that are no longer the author's), and a build with nothing changed still takes them from the cache.
/// </summary>
public sealed class CitationCacheTests
{
    [Fact]
    public void A_changed_bibliography_file_rebuilds_the_manuscript_that_cites_from_it()
    {
        using var scratch = new ScratchFolder();
        var folder = Path.Combine(Repo.Root, "tests", "manuscripts", "citations");
        File.Copy(Path.Combine(folder, "references.bib"), scratch.File("references.bib"));
        var manuscript = scratch.Write("citations.md", File.ReadAllText(Path.Combine(folder, "citations.md")));
        var publisher = ReleaseArchive.Publisher();
        var request = new BuildRequest([manuscript], scratch.File("out"), BuildDate: ReleaseArchive.BuildDate, Formats: EditionFormats.Pdf);

        var cold = Assert.Single(publisher.Build(request).Manuscripts);
        Assert.True(cold.Succeeded, string.Join('\n', cold.Diagnostics));
        Assert.True(Assert.Single(publisher.Build(request).Manuscripts).FromCache);

        var bib = File.ReadAllText(scratch.File("references.bib"));
        Assert.Contains("The Emergence of Modern {Turkey}", bib, StringComparison.Ordinal);
        File.WriteAllText(scratch.File("references.bib"), bib.Replace("The Emergence of Modern {Turkey}", "The Making of Modern {Turkey}", StringComparison.Ordinal));
        var warm = Assert.Single(publisher.Build(request).Manuscripts);

        Assert.False(warm.FromCache);
        using var pdf = PdfDocument.Open(scratch.File("out/citations.pdf"));
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Making of Modern Turkey", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Emergence", text, StringComparison.Ordinal);
    }
}
