using System.Reflection;
using System.Text.RegularExpressions;
using Publish.Styles.Reading;

namespace Publish.Styles.Tests;

/// <summary>
/// Issue 18 ("every style key has a test showing its effect"), kept honest: <c>tests/STYLE-KEYS.md</c> has a row for
/// every key <see cref="StyleKeys"/> accepts, names for it tests that exist, and says "missing" nowhere. A key added
/// without an edition test, or a test renamed away from the inventory, fails here.
/// </summary>
public sealed partial class StyleKeyInventoryTests
{
    /// <summary>
    /// Where each list of <see cref="StyleKeys"/> sits in a style file. A new list (a new mapping) is not here and
    /// fails <see cref="Every_list_of_keys_has_a_place_in_the_style_file"/> until it is placed and inventoried.
    /// </summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        [nameof(StyleKeys.Root)] = string.Empty,
        [nameof(StyleKeys.Page)] = "page.",
        [nameof(StyleKeys.CustomPageSize)] = "page.size.",
        [nameof(StyleKeys.Margins)] = "page.margins.",
        [nameof(StyleKeys.FontFaces)] = "fonts.<family>.",
        [nameof(StyleKeys.TextRoles)] = "text.",
        [nameof(StyleKeys.Footer)] = "footer.",
        [nameof(StyleKeys.FooterLine)] = "footer.lines.",
        [nameof(StyleKeys.FooterRule)] = "footer.rule.",
        [nameof(StyleKeys.MakeUp)] = "make-up.",
        [nameof(StyleKeys.Hyphenation)] = "hyphenation.",
        [nameof(StyleKeys.Epub)] = "epub.",
        [nameof(StyleKeys.EpubAccessibility)] = "epub.accessibility.",
        [nameof(StyleKeys.Div)] = "divs.<class>.",
        [nameof(StyleKeys.Press)] = "press.",
        [nameof(StyleKeys.Tables)] = "tables.",
        [nameof(StyleKeys.Notes)] = "notes.",
        [nameof(StyleKeys.Figures)] = "figures.",
        [nameof(StyleKeys.Microtype)] = "microtype.",
        [nameof(StyleKeys.Typography)] = "typography.",
        [nameof(StyleKeys.Citations)] = "citations.",
    };

    [Fact]
    public void Every_list_of_keys_has_a_place_in_the_style_file()
    {
        var lists = typeof(StyleKeys).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(IReadOnlyList<string>)).Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(Prefixes.Keys.Order(StringComparer.Ordinal), lists);
    }

    [Fact]
    public void Every_key_has_a_row_in_the_inventory()
    {
        var rows = Rows();

        var unlisted = Keys().Where(k => !rows.ContainsKey(k)).ToList();

        Assert.True(unlisted.Count == 0, "keys with no row in tests/STYLE-KEYS.md: " + string.Join(", ", unlisted));
        Assert.Empty(rows.Keys.Except(Keys()));
    }

    [Fact]
    public void Every_row_names_a_test_that_exists_and_none_says_missing()
    {
        var sources = string.Join('\n', Directory.EnumerateFiles(Path.Combine(StyleFixture.RepositoryRoot(), "tests"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));

        foreach (var (key, cell) in Rows())
        {
            Assert.False(cell.StartsWith("missing", StringComparison.OrdinalIgnoreCase), $"{key}: {cell}");
            var tests = TestName().Matches(cell).Select(m => (Class: m.Groups[1].Value, Method: m.Groups[2].Value)).ToList();
            if (key == "name")
            {
                // The one key no edition shows, by design: styles/README.md says so.
                Assert.Empty(tests);
                continue;
            }

            Assert.True(tests.Count > 0, $"{key}: names no test");
            Assert.All(tests, t =>
            {
                Assert.Contains($"class {t.Class}", sources, StringComparison.Ordinal);
                Assert.Contains($"void {t.Method}(", sources, StringComparison.Ordinal);
            });
        }
    }

    /// <summary>Every key path a style file takes, with <c>&lt;role&gt;</c>, <c>&lt;family&gt;</c> and <c>&lt;class&gt;</c> for the names the file chooses.</summary>
    private static HashSet<string> Keys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (list, prefix) in Prefixes)
        {
            var names = (IReadOnlyList<string>)typeof(StyleKeys).GetProperty(list)!.GetValue(null)!;
            if (list == nameof(StyleKeys.TextRoles))
            {
                keys.UnionWith(names.SelectMany(StyleKeys.TextStyle).Select(k => "text.<role>." + k));
            }
            else if (list == nameof(StyleKeys.Root))
            {
                // A root key that opens a mapping is inventoried by its keys; a root key with a value of its own is a row.
                keys.UnionWith(names.Where(n => !Prefixes.Values.Any(p => p.StartsWith(n + ".", StringComparison.Ordinal))));
            }
            else
            {
                // A key that opens a mapping of its own (page.size, footer.rule, …) is a row too: it also takes a plain value.
                keys.UnionWith(names.Where(n => list != nameof(StyleKeys.Epub) || n != "accessibility").Select(n => prefix + n));
            }
        }

        return keys;
    }

    /// <summary>The inventory's rows: key → the cell naming its tests.</summary>
    private static Dictionary<string, string> Rows() =>
        File.ReadLines(Path.Combine(StyleFixture.RepositoryRoot(), "tests", "STYLE-KEYS.md"))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    [GeneratedRegex(@"^\| `([^`]+)` \| (.+) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`([A-Z][A-Za-z]+)\.([A-Za-z_0-9]+)`")]
    private static partial Regex TestName();
}
