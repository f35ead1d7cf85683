using System.Text.Json.Nodes;
using Publish.Styles.Reading;

namespace Publish.Styles.Tests.Schemas;

/// <summary>
/// <c>styles/schemas/style.schema.json</c> against the shipped styles and the reader: every shipped style is valid,
/// the schema's keys are exactly the keys <see cref="StyleKeys"/> admits (so an editor offers no key the reader
/// refuses, and misses none), and a typo or a bad value fails validation as it fails loading.
/// </summary>
public sealed class StyleSchemaTests
{
    public static TheoryData<string> ShippedStyles() => new(StyleNames());

    private static List<string> StyleNames() =>
        [.. Directory.EnumerateFiles(Path.Combine(SchemaFile.RepositoryFolder(), "styles"), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedStyles))]
    public void Every_shipped_style_is_valid_against_the_schema(string name)
    {
        var path = Path.Combine(SchemaFile.RepositoryFolder(), "styles", name);

        var errors = SchemaFile.Style.Errors(YamlToJson.Convert(File.ReadAllText(path)));

        Assert.True(errors.Count == 0, $"{name} fails styles/schemas/style.schema.json:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void There_are_shipped_styles_to_validate() =>
        Assert.Contains("default.yaml", StyleNames());

    [Theory]
    [MemberData(nameof(ShippedStyles))]
    public void Every_shipped_style_names_the_schema_on_its_first_line_for_editors(string name)
    {
        var first = File.ReadLines(Path.Combine(SchemaFile.RepositoryFolder(), "styles", name)).First();

        Assert.Equal("# yaml-language-server: $schema=schemas/style.schema.json", first);
    }

    [Fact]
    public void The_schema_keys_are_the_keys_the_reader_admits()
    {
        var schema = SchemaKeyPaths.Of(SchemaFile.Style.Root);
        var reader = ReaderKeyPaths();

        var missing = reader.Except(schema).Order(StringComparer.Ordinal).ToList();
        var extra = schema.Except(reader).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"style.schema.json and StyleKeys differ.\nIn StyleKeys, not in the schema: {string.Join(", ", missing)}\nIn the schema, not in StyleKeys: {string.Join(", ", extra)}");
    }

    [Theory]
    [InlineData("text:\n  body:\n    sise: 11pt\n", "/text/body/sise")]
    [InlineData("pgae:\n  size: A4\n", "/pgae")]
    [InlineData("footer:\n  lines:\n    - {txt: \"E-Mail: info@example.org\"}\n", "/footer/lines/0/txt")]
    [InlineData("divs:\n  sidebar: {treatment: box, widht: 50%}\n", "/divs/sidebar/widht")]
    public void A_style_with_a_misspelt_key_fails_validation_where_the_key_is(string yaml, string location)
    {
        Assert.NotEmpty(StyleFixture.ParseSnippet(yaml).Diagnostics);

        var errors = SchemaFile.Style.Errors(YamlToJson.Convert(yaml));

        // JSON Schema reports a key additionalProperties refuses at the key itself: the false schema it fails.
        Assert.Contains(errors, e => e.StartsWith(location + ": ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text:\n  body: {size: 11px}\n")]
    [InlineData("text:\n  note: {align: centered}\n")]
    [InlineData("text:\n  caption: {align: ragged}\n")]
    [InlineData("page:\n  size: A2\n")]
    [InlineData("footer:\n  color: \"#12345\"\n")]
    [InlineData("footer:\n  placement: every-other-page\n")]
    [InlineData("hyphenation:\n  min-left: 11\n")]
    [InlineData("footer:\n  page-number: \"{page} of {total}\"\n")]
    public void A_style_with_a_bad_value_fails_validation_as_it_fails_loading(string yaml)
    {
        Assert.NotEmpty(StyleFixture.ParseSnippet(yaml).Diagnostics);

        Assert.NotEmpty(SchemaFile.Style.Errors(YamlToJson.Convert(yaml)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("text:\n  body:\n    size:\n")]
    [InlineData("page:\n  size: {width: 6in, height: 9in}\n  margins: 20mm\n")]
    [InlineData("footer:\n  rule: none\n  lines: [\"@handle\", {kind: address, text: \"1 Main St\"}]\n")]
    [InlineData("hyphenation:\n  enabled: no\n  exceptions: {en: [Ka-zakh-stan]}\n")]
    [InlineData("divs:\n  epigraph: {width: 0.45}\n  sidebar: {treatment: box, label: {en: Aside}, rule: 0.25pt}\n")]
    [InlineData("microtype:\n  expansion: 2%\n")]
    public void A_style_the_reader_accepts_is_valid(string yaml)
    {
        Assert.Empty(StyleFixture.ParseSnippet(yaml).Diagnostics.Where(d => d.Severity == Model.Diagnostics.DiagnosticSeverity.Error));

        Assert.Empty(SchemaFile.Style.Errors(YamlToJson.Convert(yaml)));
    }

    /// <summary>Every key path <see cref="StyleKeys"/> admits, <c>*</c> standing for a name the file chooses (a font family, a div class).</summary>
    private static HashSet<string> ReaderKeyPaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        void Add(string prefix, IEnumerable<string> keys)
        {
            foreach (var key in keys)
            {
                paths.Add(prefix.Length == 0 ? key : prefix + "." + key);
            }
        }

        Add(string.Empty, StyleKeys.Root);
        Add("page", StyleKeys.Page);
        Add("page.size", StyleKeys.CustomPageSize);
        Add("page.margins", StyleKeys.Margins);
        Add("fonts.*", StyleKeys.FontFaces);
        Add("text", StyleKeys.TextRoles);
        foreach (var role in StyleKeys.TextRoles)
        {
            Add("text." + role, StyleKeys.TextStyle(role));
        }

        Add("footer", StyleKeys.Footer);
        Add("footer.lines", StyleKeys.FooterLine);
        Add("footer.rule", StyleKeys.FooterRule);
        Add("make-up", StyleKeys.MakeUp);
        Add("hyphenation", StyleKeys.Hyphenation);
        Add("epub", StyleKeys.Epub);
        Add("epub.accessibility", StyleKeys.EpubAccessibility);
        Add("divs.*", StyleKeys.Div);
        Add("press", StyleKeys.Press);
        Add("tables", StyleKeys.Tables);
        Add("notes", StyleKeys.Notes);
        Add("figures", StyleKeys.Figures);
        Add("microtype", StyleKeys.Microtype);
        Add("typography", StyleKeys.Typography);
        Add("citations", StyleKeys.Citations);
        return paths;
    }
}
