using System.Text.RegularExpressions;
using Publish.Engine.Manifests;
using Publish.Model.Diagnostics;
using Publish.Styles.Tests.Schemas;

namespace Publish.Engine.Tests.Schemas;

/// <summary>
/// <c>styles/schemas/publish.schema.json</c> against the manifests the repository shows (every <c>publish.yaml</c>,
/// and every YAML block of the documentation that is a manifest) and against the loader: its keys are the loader's
/// keys, and a misspelt key fails validation as it fails loading.
/// </summary>
public sealed partial class ManifestSchemaTests
{
    public static TheoryData<string> ExampleManifests()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Examples())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleManifests))]
    public void Every_example_manifest_is_valid_against_the_schema(string name)
    {
        var yaml = Examples().Single(e => e.Name == name).Yaml;

        var errors = SchemaFile.Manifest.Errors(YamlToJson.Convert(yaml));

        Assert.True(errors.Count == 0, $"{name} fails styles/schemas/publish.schema.json:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void The_repository_shows_example_manifests_to_validate()
    {
        var names = Examples().Select(e => e.Name).ToList();

        Assert.Contains(names, n => n.StartsWith("README.md", StringComparison.Ordinal));
        Assert.Contains("docs/ci/publish.yaml", names);
    }

    [Fact]
    public void The_schema_keys_are_the_keys_the_manifest_loader_admits()
    {
        var schema = SchemaKeyPaths.Of(SchemaFile.Manifest.Root);
        var loader = BuildManifest.Keys
            .Concat(BuildManifest.EntryKeys.Select(k => "manuscripts." + k))
            .Concat(MetadataOverride.Keys.Select(k => "manuscripts.metadata." + k))
            .Concat(Engine.Books.BookEntry.Keys.Select(k => "books." + k))
            .Concat(Engine.Books.BookEntry.PartKeys.Select(k => "books.parts." + k))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(
            schema.SetEquals(loader),
            $"publish.schema.json and the manifest loader differ.\nIn the loader, not in the schema: {string.Join(", ", loader.Except(schema))}\nIn the schema, not in the loader: {string.Join(", ", schema.Except(loader))}");
    }

    [Theory]
    [InlineData("outptu: editions\nmanuscripts: [articles/]\n", "/outptu")]
    [InlineData("manuscripts:\n  - path: a.md\n    metdata: {series: Commentary}\n", "/manuscripts/0/metdata")]
    [InlineData("manuscripts:\n  - path: a.md\n    metadata: {serie: Commentary}\n", "/manuscripts/0/metadata/serie")]
    [InlineData("formats: [pdf, mobi]\nmanuscripts: [a.md]\n", "/formats")]
    [InlineData("output: editions\n", "")]
    [InlineData("books:\n  - name: r\n    titel: T\n    parts: [a.md]\n", "/books/0/titel")]
    [InlineData("books:\n  - name: ../r\n    title: T\n    parts: [a.md]\n", "/books/0/name")]
    [InlineData("books:\n  - name: r\n    title: T\n    alone: sometimes\n    parts: [a.md]\n", "/books/0/alone")]
    public void A_manifest_the_loader_refuses_fails_validation(string yaml, string location)
    {
        using var scratch = new ScratchFolder();
        var diagnostics = new DiagnosticBag();
        Assert.Null(BuildManifest.Load(scratch.Write("publish.yaml", yaml), diagnostics));

        var errors = SchemaFile.Manifest.Errors(YamlToJson.Convert(yaml));

        Assert.Contains(errors, e => e.StartsWith(location + ":", StringComparison.Ordinal));
    }

    /// <summary>Every <c>publish.yaml</c> in the repository, and every fenced YAML block of its Markdown that is a manifest (has a top-level <c>manuscripts:</c> or <c>books:</c>).</summary>
    private static List<(string Name, string Yaml)> Examples()
    {
        var root = SchemaFile.RepositoryFolder();
        var examples = new List<(string, string)>();
        foreach (var file in Files(root, "publish.yaml"))
        {
            examples.Add((Relative(root, file), File.ReadAllText(file)));
        }

        foreach (var file in Files(root, "*.md"))
        {
            var index = 0;
            foreach (Match block in YamlBlock().Matches(File.ReadAllText(file)))
            {
                index++;
                if (TopLevelManuscripts().IsMatch(block.Groups["yaml"].Value))
                {
                    examples.Add(($"{Relative(root, file)} block {index}", block.Groups["yaml"].Value));
                }
            }
        }

        return examples;
    }

    /// <summary>
    /// Files of the checkout, outside build output and <c>Templates</c> folders (<c>publish new</c>'s manifest is a
    /// template with <c>{name}</c> placeholders, YAML only once filled in; the files it writes are tested by its own tests).
    /// </summary>
    private static IEnumerable<string> Files(string root, string pattern) =>
        Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Where(f => !Relative(root, f).Split('/').Any(part => part is "bin" or "obj" or ".git" or "output" or "node_modules" or "Templates"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    [GeneratedRegex(@"^```ya?ml\n(?<yaml>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"^(manuscripts|books):", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelManuscripts();
}
