using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Legacy;

/// <summary>
/// Two more articles in the archive's dialect, written for these tests (tests/manuscripts/legacy/): other titles,
/// other marker forms and note counts, a photo beside one of them. Each is compared with its expected model
/// (<c>&lt;name&gt;.expected</c>, a <see cref="StructuralDump"/> with the repository root written <c>&lt;repo&gt;</c>;
/// not <c>.txt</c>, which <c>publish build tests/manuscripts/legacy</c> would take for a manuscript)
/// and with its exact diagnostics.
/// </summary>
public sealed class OwnManuscriptTests
{
    [Theory]
    [InlineData("ports-of-the-caspian")]
    [InlineData("black-sea-fisheries")]
    public void Model_is_the_expected_one(string name)
    {
        var (document, _) = LegacyTestFiles.ReadFile(LegacyTestFiles.Path("tests", "manuscripts", "legacy", name + ".txt"));
        var actual = StructuralDump.Of(document!).Replace(LegacyTestFiles.RepositoryRoot, "<repo>", StringComparison.Ordinal);
        var expected = File.ReadAllText(LegacyTestFiles.Path("tests", "manuscripts", "legacy", name + ".expected"));
        Assert.Equal(Normalise(expected), Normalise(actual));
    }

    [Fact]
    public void Ports_of_the_caspian_finds_its_photo_and_keeps_one_note_behind_two_markers()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadFile(LegacyTestFiles.Path("tests", "manuscripts", "legacy", "ports-of-the-caspian.txt"));
        var figure = Assert.IsType<FigureBlock>(document!.Body[0]);
        Assert.Equal(LegacyTestFiles.Path("tests", "manuscripts", "legacy", "ports-of-the-caspian.jpg"), figure.Image?.Path);
        Assert.Equal(7, document.Notes.Length);
        var markers = SampleManuscriptTests.Markers(document.Body).ToList();
        Assert.Equal([1, 2, 3, 1, 4, 5, 6, 7], markers.Select(m => m.Note.Number));
        Assert.Same(markers[0].Note, markers[3].Note);
        Assert.Equal([("PUB1303", 43)], diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Span.Line)));
    }

    [Fact]
    public void Black_sea_fisheries_reports_both_missing_photos_and_the_join()
    {
        var (document, diagnostics) = LegacyTestFiles.ReadFile(LegacyTestFiles.Path("tests", "manuscripts", "legacy", "black-sea-fisheries.txt"));
        Assert.Equal(
            [("PUB1201", DiagnosticSeverity.Warning, 7), ("PUB1201", DiagnosticSeverity.Warning, 9), ("PUB1301", DiagnosticSeverity.Info, 15)],
            diagnostics.ToImmutableSorted().Select(d => (d.Code, d.Severity, d.Span.Line)));
        Assert.Contains("black-sea-fisheries-2.jpg", diagnostics.ToImmutableSorted()[1].Message, StringComparison.Ordinal);
        Assert.Null(document!.Institution);
        Assert.Empty(document.Bibliography);
        var markers = SampleManuscriptTests.Markers(document.Body).ToList();
        Assert.Equal([1, 2, 3, 1], markers.Select(m => m.Note.Number));
        Assert.Same(markers[0].Note, markers[3].Note);
    }

    /// <summary>Editors strip trailing spaces from the expected files; the dump's empty fields end in one.</summary>
    private static string Normalise(string dump) =>
        string.Join("\n", dump.Split('\n').Select(line => line.TrimEnd())).TrimEnd();
}
