using System.Text.RegularExpressions;

namespace Publish.Styles.Tests;

/// <summary>
/// styles/README.md's tables of what each text role takes and which words the footer's choices take, read at test
/// time: every key the README marks for a role loads, every key it leaves out is refused with PUB2010, and every word
/// it lists for footer.placement and footer.align loads — so the reference and the reader cannot drift apart.
/// </summary>
public sealed partial class StyleReadmeTests
{
    private static readonly string[] Keys = ["align", "first-line-indent", "hanging-indent", "space-before", "space-after"];

    public static TheoryData<string, string, bool> RoleKeys()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var row in Readme().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length != Keys.Length + 1 || !cells[0].Contains("`body`", StringComparison.Ordinal) && !RoleCell().IsMatch(cells[0]))
            {
                continue;
            }

            foreach (var role in Words().Matches(cells[0]).Select(m => m.Groups[1].Value))
            {
                for (var i = 0; i < Keys.Length; i++)
                {
                    // A key a role takes is ticked or lists the words it takes; blank or in parentheses it is not taken.
                    var cell = cells[i + 1];
                    data.Add(role, Keys[i], cell.Length > 0 && !cell.StartsWith('('));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RoleKeys))]
    public void The_role_table_says_which_keys_each_text_role_takes(string role, string key, bool taken)
    {
        var value = key == "align" ? "ragged" : "1pt";
        var result = StyleFixture.ParseSnippet($"text:\n  {role}:\n    {key}: {value}\n");

        if (taken)
        {
            Assert.Empty(result.Diagnostics);
        }
        else
        {
            Assert.Equal(StyleDiagnosticCodes.UnknownKey, StyleFixture.SingleError(result).Code);
        }
    }

    [Fact]
    public void The_role_table_covers_every_text_role()
    {
        var roles = RoleKeys().Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["author", "bibliography", "body", "caption", "code", "heading-1", "heading-2", "heading-3", "note", "title"], roles);
    }

    [Theory]
    [InlineData("footer.placement")]
    [InlineData("footer.align")]
    public void Every_word_the_footer_table_lists_loads(string key)
    {
        var row = Readme().Split('\n').Single(l => l.StartsWith($"| `{key}` |", StringComparison.Ordinal));
        var words = Words().Matches(row.Split('|')[2]).Select(m => m.Groups[1].Value).ToList();

        Assert.True(words.Count >= 5, row);
        Assert.All(words, word => Assert.Empty(StyleFixture.ParseSnippet($"footer:\n  {key["footer.".Length..]}: {word}\n").Diagnostics));
    }

    private static string Readme() => File.ReadAllText(Path.Combine(StyleFixture.StylesDirectory, "README.md"));

    [GeneratedRegex("`([a-z0-9-]+)`")]
    private static partial Regex Words();

    [GeneratedRegex("^`(heading-1|title|note|caption|bibliography|code)`")]
    private static partial Regex RoleCell();
}
