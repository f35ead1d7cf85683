using System.Text.Json;
using Publish.Engine.Inspection;
using Publish.Manuscript;

namespace Publish.Engine.Tests.Inspection;

/// <summary>
/// Issue 22: <c>publish inspect --json</c> lists a manuscript's citations (where each stands, its cites as written,
/// what the editions set for it, whether its keys resolved) and the references the processor rendered.
/// </summary>
public sealed class CitationInspectionTests
{
    private static readonly Lazy<JsonElement> Json = new(() =>
    {
        using var scratch = new ScratchFolder();
        File.Copy(Path.Combine(Repo.Root, "tests", "manuscripts", "citations", "references.bib"), scratch.File("references.bib"));
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "manuscripts", "citations", "citations.md"))
            .Replace("[@inalcik1973, p. 30]", "[@inalcik1973, p. 30; @nobody2020]", StringComparison.Ordinal);
        var path = scratch.Write("citations.md", text);
        var read = ManuscriptReader.Read(path, ReadOptions.Default);
        return JsonDocument.Parse(InspectionJson.Write(path, read)).RootElement.Clone();
    });

    [Fact]
    public void The_references_are_listed_by_key_in_the_bibliographys_order_nocite_included()
    {
        var references = Json.Value.GetProperty("references").EnumerateArray().ToList();

        Assert.Equal(["faroqhi1986", "inalcik1973", "kafadar1995", "lewis1961", "mardin1969"], references.Select(r => r.GetProperty("key").GetString()));
        Assert.StartsWith("Lewis, Bernard. The Emergence of Modern Turkey.", references[3].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_citation_is_listed_in_the_manuscripts_order_with_its_cites_and_what_the_editions_set()
    {
        var citations = Json.Value.GetProperty("citations").EnumerateArray().ToList();
        var keys = citations.Select(c => string.Join(";", c.GetProperty("cites").EnumerateArray().Select(k => k.GetProperty("key").GetString()))).ToList();

        Assert.Equal(["inalcik1973", "kafadar1995;mardin1969", "kafadar1995", "inalcik1973;nobody2020", "faroqhi1986", "faroqhi1986", "inalcik1973"], keys);
        var first = citations[0];
        Assert.Equal((11, false), (first.GetProperty("line").GetInt32(), first.GetProperty("inText").GetBoolean()));
        var cite = Assert.Single(first.GetProperty("cites").EnumerateArray());
        Assert.Equal(("inalcik1973", "see", "23-25", "page"), (cite.GetProperty("key").GetString(), cite.GetProperty("prefix").GetString()!.Trim(), cite.GetProperty("locator").GetString(), cite.GetProperty("label").GetString()));
        Assert.StartsWith("See Halil İnalcık, The Ottoman Empire", first.GetProperty("text").GetString(), StringComparison.Ordinal);

        var suppressed = citations.Single(c => c.GetProperty("cites")[0].GetProperty("key").GetString() == "kafadar1995" && !c.GetProperty("inText").GetBoolean());
        Assert.True(suppressed.GetProperty("cites")[0].GetProperty("suppressAuthor").GetBoolean());
        Assert.Contains(citations, c => c.GetProperty("inText").GetBoolean());
    }

    [Fact]
    public void A_cite_whose_key_no_reference_has_is_listed_as_unresolved_beside_its_warning()
    {
        var unknown = Json.Value.GetProperty("citations").EnumerateArray()
            .SelectMany(c => c.GetProperty("cites").EnumerateArray())
            .Single(k => k.GetProperty("key").GetString() == "nobody2020");

        Assert.False(unknown.GetProperty("resolved").GetBoolean());
        Assert.Contains(Json.Value.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PUB1428");
        Assert.All(Json.Value.GetProperty("citations").EnumerateArray().SelectMany(c => c.GetProperty("cites").EnumerateArray()).Where(k => k.GetProperty("key").GetString() != "nobody2020"),
            k => Assert.True(k.GetProperty("resolved").GetBoolean(), k.GetProperty("key").GetString()));
    }
}
