using Publish.Citations.Bibliography;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>Reads .bib text in tests and looks into the items the processor will see.</summary>
internal static class BibTexTestSupport
{
    public static BibliographyReadResult Read(string bib) => BibTexReader.Read(bib, "refs.bib");

    /// <summary>The one item of a .bib text that must read without errors.</summary>
    public static CslItem Single(string bib)
    {
        var result = Read(bib);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return Assert.Single(result.Items);
    }

    public static string? Variable(this CslItem item, string name) => item.Variables.GetValueOrDefault(name);

    /// <summary>A field of an entry with only that field (and an author), as the processor will see it.</summary>
    public static string? Field(string field, string value, string type = "book") =>
        Single($"@{type}{{k, {field} = {value}}}").Variable(field switch
        {
            "pages" => "page",
            "journaltitle" or "journal" or "booktitle" => "container-title",
            "series" => "collection-title",
            "address" or "location" => "publisher-place",
            _ => field,
        });

    public static string Title(string latex) => Single($"@book{{k, title = {{{latex}}}}}").Variable("title")!;

    /// <summary>The names of a field as "family|given|dropping|non-dropping|suffix|literal".</summary>
    public static List<string> Names(string latex, string options = "")
    {
        var item = Single($"@book{{k, author = {{{latex}}}{(options.Length > 0 ? $", options = {{{options}}}" : string.Empty)}}}");
        return item.Names["author"].Select(n => $"{n.Family}|{n.Given}|{n.DroppingParticle}|{n.NonDroppingParticle}|{n.Suffix}|{n.Literal}").ToList();
    }

    public static Diagnostic SingleDiagnostic(BibliographyReadResult result, string code)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        return diagnostic;
    }
}
