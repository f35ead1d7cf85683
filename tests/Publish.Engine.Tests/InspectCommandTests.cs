using System.Text.Json;

namespace Publish.Engine.Tests;

/// <summary>Issue 2's done criteria, checked through the real command on the user's manuscript.</summary>
public sealed class InspectCommandTests
{
    private static readonly Lazy<(PublishProcess.Outcome Outcome, JsonElement Json)> Sample = new(() =>
    {
        var outcome = PublishProcess.Run("inspect", "manuscript/khojaly-massacre-23rd-anniversary.txt", "--json");
        return (outcome, JsonDocument.Parse(outcome.StandardOutput).RootElement);
    });

    private static JsonElement Json => Sample.Value.Json;

    [Fact]
    public void Exits_zero_and_names_the_dialect()
    {
        Assert.Equal(0, Sample.Value.Outcome.ExitCode);
        Assert.Equal("legacy", Json.GetProperty("dialect").GetString());
    }

    [Fact]
    public void Shows_the_title_once_and_one_author()
    {
        var metadata = Json.GetProperty("metadata");
        Assert.Equal("23rd ANNIVERSARY OF THE KHOJALY MASSACRE", metadata.GetProperty("title").GetString());
        Assert.Equal(["Cemre Dilay BOZTEPE"], metadata.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain("KHOJALY MASSACRE", Json.GetProperty("bodyText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_one_figure_without_image_and_warns_that_the_photo_is_missing()
    {
        var figure = Assert.Single(Json.GetProperty("figures").EnumerateArray());
        Assert.Equal("The Khojaly Massacre Memorial in The Hague, Netherlands", figure.GetProperty("caption").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("image").ValueKind);
        var warning = Assert.Single(Json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PUB1201");
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal(9, warning.GetProperty("line").GetInt32());
        Assert.Contains("manuscript/khojaly-massacre-23rd-anniversary.txt:9:1: warning PUB1201:", Sample.Value.Outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_five_notes_each_referenced_once()
    {
        var notes = Json.GetProperty("notes").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5], notes.Select(n => n.GetProperty("number").GetInt32()));
        Assert.All(notes, n => Assert.Equal(1, n.GetProperty("references").GetInt32()));
        Assert.Equal("İbid. pp. 191-192", notes[4].GetProperty("text").GetString());
    }

    [Fact]
    public void Shows_four_bibliography_entries_with_the_koptas_url_attached()
    {
        var entries = Json.GetProperty("bibliography").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(4, entries.Count);
        var koptas = Assert.Single(entries, e => e.StartsWith("Koptaş", StringComparison.Ordinal));
        Assert.Contains("http://www.agos.com.tr/tr/yazi/4434/rober-koptas-yazdi-hocali-sorumlulugu", koptas, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_eight_body_paragraphs_with_the_page_break_split_joined()
    {
        Assert.Equal(8, Json.GetProperty("paragraphs").GetInt32());
        var paragraphs = Json.GetProperty("bodyText").GetString()!.Split("\n\n");
        Assert.Equal(8, paragraphs.Length);
        Assert.Contains("the city of Shusha with an Azerbaijani majority and Kelbajar districts", paragraphs[3], StringComparison.Ordinal);
        var join = Assert.Single(Json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "PUB1301");
        Assert.Equal(19, join.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Shows_the_citation_and_the_institution_lines_none_of_them_in_the_body()
    {
        Assert.StartsWith("BOZTEPE, Cemre Dilay.", Json.GetProperty("citation").GetString(), StringComparison.Ordinal);
        var lines = Json.GetProperty("institution").GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Contains(lines, l => l.Contains("Çankaya-ANKARA", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Fax: +90 (312) 438 50 26", StringComparison.Ordinal) && !l.Contains("**", StringComparison.Ordinal));
        Assert.Contains("@avimorgtr", lines);
        Assert.Contains("https://www.facebook.com/avrasyaincelemelerimerkezi", lines);
        Assert.Contains(lines, l => l.Contains("info@avim.org.tr", StringComparison.Ordinal));
        Assert.Contains("http://avim.org.tr", lines);
        Assert.Contains(lines, l => l.StartsWith('©'));
        var body = Json.GetProperty("bodyText").GetString()!;
        Assert.All(["Süleyman Nazif", "438 50", "avimorgtr", "facebook", "info@avim", "avim.org.tr", "All Rights Reserved", "To cite", "Bibliography"], fragment =>
            Assert.DoesNotContain(fragment, body, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var outcome = PublishProcess.Run("inspect", "manuscript/khojaly-massacre-23rd-anniversary.txt", "--no-such-option");
        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public void A_missing_manuscript_is_an_input_error_with_a_code()
    {
        var outcome = PublishProcess.Run("inspect", "manuscript/absent.txt");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("manuscript/absent.txt: error PUB1003:", outcome.StandardError, StringComparison.Ordinal);
    }
}
