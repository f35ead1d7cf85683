using System.Diagnostics;
using System.Text.Json;

namespace Publish.Citations.Tests;

/// <summary><c>publish cite</c> run as a user runs it, in a temporary folder.</summary>
public sealed class CiteCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("publish-cite-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [CslDataFact]
    public void Cite_prints_the_notes_in_order_and_then_the_bibliography()
    {
        var (exit, output, error) = Run("cite", "--csl", "chicago-notes-bibliography", "--items", Path.Combine(CslData.Chicago300, "items.json"),
            "--citations", Path.Combine(CslData.Chicago300, "cits.json"), "--locale", "tr-TR");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n');
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(CslData.Chicago300, "expected-citeprocjs-chicago-nb-tr-TR.json")));
        var notes = expected.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ToList();
        var bibliography = expected.RootElement.GetProperty("bib").EnumerateArray().Select(n => n.GetString()!.Trim()).ToList();
        Assert.Equal(notes, lines.Take(300));
        Assert.Equal(string.Empty, lines[300]);
        Assert.Equal(bibliography, lines.Skip(301).Where(l => l.Length > 0));
    }

    [Fact]
    public void Every_item_is_cited_once_without_citations_and_html_marks_italics()
    {
        var items = Path.Combine(folder, "items.json");
        File.WriteAllText(items, """[{"id": "a", "type": "book", "title": "Osmanlı <i>Devleti</i>", "author": [{"family": "İnalcık", "given": "Halil"}], "issued": {"date-parts": [[1973]]}, "publisher": "Yapı Kredi"}]""");
        var (exit, output, error) = Run("cite", "--csl", "chicago-notes-bibliography", "--items", items, "--format", "html");
        Assert.True(exit == 0, error);
        Assert.Equal("Halil İnalcık, <i>Osmanlı <span style=\"font-style:normal;\">Devleti</span></i> (Yapı Kredi, 1973).", output.Split('\n')[0]);
        Assert.Contains("İnalcık, Halil. <i>Osmanlı <span style=\"font-style:normal;\">Devleti</span></i>. Yapı Kredi, 1973.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_items_file_is_a_coded_error_with_its_place()
    {
        var items = Path.Combine(folder, "items.json");
        File.WriteAllText(items, "[{\"id\": \"a\",\n  \"title\": }]");
        var (exit, _, error) = Run("cite", "--csl", "chicago-notes-bibliography", "--items", items);
        Assert.Equal(1, exit);
        Assert.Matches(@"items\.json:2:\d+: error PUB7502: ", error);
    }

    [Fact]
    public void A_bibtex_file_is_cited_as_its_csl_json_twin_would_be()
    {
        var bib = Path.Combine(folder, "refs.bib");
        File.WriteAllText(bib, "@book{a,\n  author = {\\.{I}nalc{\\i}k, Halil},\n  title = {Osmanl{\\i} Devleti},\n  publisher = {Yap{\\i} Kredi},\n  year = 1973\n}\n");
        var (exit, output, error) = Run("cite", "--csl", "chicago-notes-bibliography", "--items", bib);
        Assert.True(exit == 0, error);
        Assert.Equal("Halil İnalcık, Osmanlı Devleti (Yapı Kredi, 1973).", output.Split('\n')[0]);
    }

    [Fact]
    public void A_broken_bibtex_file_is_a_coded_error_at_its_line_and_column()
    {
        var bib = Path.Combine(folder, "refs.bib");
        File.WriteAllText(bib, "@book{a,\n  title = {Never closed,\n  year = 1973\n");
        var (exit, _, error) = Run("cite", "--csl", "chicago-notes-bibliography", "--items", bib);
        Assert.Equal(1, exit);
        Assert.Matches(@"refs\.bib:\d+:\d+: error PUB755\d: ", error);
    }

    [Fact]
    public void An_unknown_style_names_the_shipped_ones()
    {
        var items = Path.Combine(folder, "items.json");
        File.WriteAllText(items, "[]");
        var (exit, _, error) = Run("cite", "--csl", "no-such-style", "--items", items);
        Assert.Equal(1, exit);
        Assert.Contains("PUB7504", error, StringComparison.Ordinal);
        Assert.Contains("chicago-notes-bibliography-subsequent-ibid", error, StringComparison.Ordinal);
    }

    private (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publish.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("publish cite did not finish in 60 s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
