using System.Text;
using Publish.Citations.Bibliography;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>Bad bibliographies give diagnostics with a place, never an exception, however they are broken.</summary>
public sealed class BibliographyRobustnessTests
{
    private const string Alphabet = "@{}()\"#=,\\~-'` \n\tabkeyorAnd0123456789çİı.:$%";

    [Fact]
    public void Random_bib_text_never_throws_and_every_error_has_a_line()
    {
        var random = new Random(20261206);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random, random.Next(1, 120), "@book{k, title = " + (i % 2 == 0 ? "{" : "\""));
            var result = BibTexReader.Read(text, "fuzz.bib");
            Assert.All(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, d.ToString()));
        }
    }

    [CslDataFact]
    public void Every_one_character_deletion_of_a_real_file_reads_without_throwing()
    {
        var bib = File.ReadAllText(Path.Combine(CslData.RepoRoot, "tests", "Publish.Citations.Tests", "chicago-300", "items.bib"))[..4000];
        for (var i = 0; i < bib.Length; i += 3)
        {
            var result = BibTexReader.Read(bib.Remove(i, 1), "cut.bib");
            Assert.NotNull(result.Items);
        }
    }

    [Fact]
    public void Random_yaml_text_never_throws()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random, random.Next(1, 80), "- id: a\n  title: ", ":-[]{}'\"#&*!|> \n  abc123");
            var result = CslYamlReader.Read(text, "fuzz.yaml");
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.Line >= 1, d.ToString()));
        }
    }

    [Fact]
    public void Braces_nested_ten_thousand_deep_are_read_without_exhausting_the_stack()
    {
        var depth = 10_000;
        var title = new string('{', depth) + "Deep" + new string('}', depth);
        var item = Assert.Single(BibTexReader.Read("@book{k, title = {" + title + "}, author = {" + title + "}, note = {" + string.Concat(Enumerable.Repeat("\\\"", depth)) + "o \\em" + string.Concat(Enumerable.Repeat("\\em ", depth)) + "x}}", "deep.bib").Items);
        Assert.Contains("Deep", item.Variables["title"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_crossref_chain_longer_than_any_real_one_is_cut_with_a_warning()
    {
        var bib = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            bib.Append("@book{e").Append(i).Append(", crossref = {e").Append(i + 1).Append("}}\n");
        }

        var result = BibTexReader.Read(bib.ToString(), "chain.bib");
        Assert.Equal(5000, result.Items.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == BibliographyDiagnosticCodes.MissingParent);
    }

    [Fact]
    public void YAML_nested_ten_thousand_deep_is_refused_with_an_error()
    {
        var flow = CslYamlReader.Read("- id: a\n  note: " + new string('[', 10_000), "deep.yaml");
        Assert.Equal((BibliographyDiagnosticCodes.YamlSyntax, 2), (Assert.Single(flow.Diagnostics).Code, flow.Diagnostics[0].Span.Line));
        var block = CslYamlReader.Read("- id: a\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n", "deep.yaml");
        Assert.Equal((BibliographyDiagnosticCodes.YamlSyntax, 2), (Assert.Single(block.Diagnostics).Code, block.Diagnostics[0].Span.Line));
    }

    private static string RandomText(Random random, int length, string prefix, string alphabet = Alphabet)
    {
        var text = new StringBuilder(prefix);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }
}
