using Publish.Citations.Bibliography;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>
/// The 80 references of chicago-300/items.json written again as BibLaTeX (items.bib) and CSL-YAML (items.yaml), in
/// this folder: each must read to the same items field by field, and the 300-note document rendered with them must
/// give the very notes and bibliography that items.json gives.
/// </summary>
public sealed class Chicago300BibliographyTests
{
    private static string Ours(string name) => Path.Combine(CslData.RepoRoot, "tests", "Publish.Citations.Tests", "chicago-300", name);

    [CslDataFact]
    public void The_bib_file_reads_to_the_items_of_items_json() => AssertSameItems("items.bib");

    [CslDataFact]
    public void The_yaml_file_reads_to_the_items_of_items_json() => AssertSameItems("items.yaml");

    [CslDataTheory]
    [InlineData("items.bib", "en-US")]
    [InlineData("items.bib", "tr-TR")]
    [InlineData("items.yaml", "en-US")]
    [InlineData("items.yaml", "tr-TR")]
    public void The_document_rendered_with_them_gives_the_same_notes(string file, string language)
    {
        var (expectedNotes, expectedBibliography) = Render(JsonItems(), language);
        var (notes, bibliography) = Render(Read(file).Items, language);
        Assert.Equal(300, notes.Count);
        Assert.Equal(expectedNotes, notes);
        Assert.Equal(78, bibliography.Count);
        Assert.Equal(expectedBibliography, bibliography);
    }

    private static IReadOnlyList<CslItem> JsonItems() => CslItem.ParseJson(File.ReadAllText(Path.Combine(CslData.Chicago300, "items.json")));

    private static BibliographyReadResult Read(string file)
    {
        var result = BibliographyReader.ReadFile(Ours(file));
        Assert.Empty(result.Diagnostics);
        return result;
    }

    private static void AssertSameItems(string file)
    {
        var expected = JsonItems();
        var actual = Read(file).Items;
        Assert.Equal(expected.Select(i => i.Id), actual.Select(i => i.Id));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Type, got.Type);
            // The one deliberate difference: a .bib writes a page range with --, which is an en dash.
            var gotVariables = got.Variables.ToDictionary(v => v.Key, v => v.Key == "page" && file.EndsWith(".bib", StringComparison.Ordinal) ? v.Value.Replace('–', '-') : v.Value);
            Assert.Equal(want.Variables.OrderBy(v => v.Key, StringComparer.Ordinal), gotVariables.OrderBy(v => v.Key, StringComparer.Ordinal));
            Assert.Equal(want.Names.Keys.Order(StringComparer.Ordinal), got.Names.Keys.Order(StringComparer.Ordinal));
            foreach (var (variable, names) in want.Names)
            {
                Assert.Equal(names.Select(Describe), got.Names[variable].Select(Describe));
            }

            Assert.Equal(want.Dates.Keys.Order(StringComparer.Ordinal), got.Dates.Keys.Order(StringComparer.Ordinal));
            foreach (var (variable, date) in want.Dates)
            {
                Assert.Equal((date.Literal, date.Circa, date.Season), (got.Dates[variable].Literal, got.Dates[variable].Circa, got.Dates[variable].Season));
                Assert.Equal(date.Parts, got.Dates[variable].Parts);
            }
        }
    }

    private static string Describe(CslName n) =>
        $"{n.Family}|{n.Given}|{n.DroppingParticle}|{n.NonDroppingParticle}|{n.Suffix}|{n.CommaSuffix}|{n.StaticOrdering}|{n.Literal}";

    private static (List<string> Notes, List<string> Bibliography) Render(IEnumerable<CslItem> items, string language)
    {
        var style = CslStyle.Parse(File.ReadAllText(Path.Combine(CslData.Shipped, "chicago-notes-bibliography.csl")));
        var citations = CitationReader.Read(File.ReadAllText(Path.Combine(CslData.Chicago300, "cits.json")));
        var processor = new CslProcessor(style, items, new LocaleStore(CslData.Shipped), language);
        return (processor.ProcessCitations(citations, OutputFormat.Text).ToList(), processor.Bibliography(OutputFormat.Text).ToList());
    }
}
