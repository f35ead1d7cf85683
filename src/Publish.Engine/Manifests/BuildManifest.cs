using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Engine.Manifests;

/// <summary>
/// A <c>publish.yaml</c> manifest: what a release script builds. Paths are relative to the manifest's folder.
/// <code>
/// output: editions
/// style: styles/default.yaml
/// formats: [pdf, epub]
/// manuscripts:
///   - articles/                       # a folder, searched recursively
///   - path: special/khojaly.txt       # a file with metadata overrides
///     metadata: { series: Commentary, number: "2015/12" }
/// books:                              # one PDF and one EPUB of many manuscripts (issue 20)
///   - name: review-48
///     title: Review of Eurasian Studies
///     parts: [articles/water.md, { section: Book reviews }, reviews/one.md]
/// </code>
/// Every manuscript entry, file or folder, must lie inside the manifest's folder once its links are resolved
/// (<see cref="Containment"/>, checked when the build looks for its manuscripts, so a bad entry fails alone).
/// Every key is checked (a mistyped <c>outptu:</c> would send the editions elsewhere) and every error is reported,
/// each at its line, so one run shows all that needs fixing.
/// </summary>
public sealed record BuildManifest(
    ImmutableArray<string> Manuscripts,
    string? Output,
    string? Style,
    string? Formats,
    ImmutableDictionary<string, MetadataOverride> MetadataOverrides,
    ContainedInputs Containment)
{
    /// <summary>The keys a manifest may have at its top level.</summary>
    public static ImmutableArray<string> Keys { get; } = ["books", "formats", "manuscripts", "output", "style"];

    /// <summary>The books the manifest makes (issue 20), each checked; their parts are in <see cref="Containment"/>.</summary>
    public ImmutableArray<Books.BookEntry> Books { get; init; } = [];

    /// <summary>The keys of a manuscript entry written as a mapping.</summary>
    public static ImmutableArray<string> EntryKeys { get; } = ["metadata", "path"];

    public static bool IsManifest(string path) =>
        File.Exists(path) && Path.GetExtension(path).ToUpperInvariant() is ".YAML" or ".YML";

    /// <summary>The manifest, or null when <paramref name="diagnostics"/> got an error; warnings (a bad date or language override) do not stop it.</summary>
    public static BuildManifest? Load(string path, DiagnosticBag diagnostics)
    {
        var reading = new ManifestReading(path, diagnostics);
        try
        {
            // Read as text first: the nesting check must run before YamlDotNet's recursive loader sees it.
            var text = File.ReadAllText(path);
            if (YamlNesting.FirstTooDeep(text) is { } deep)
            {
                diagnostics.Error(
                    DiagnosticCodes.NestingTooDeep,
                    new SourceSpan(path, deep.Line, deep.Column),
                    string.Create(CultureInfo.InvariantCulture, $"the manifest nests lists or mappings deeper than {YamlNesting.MaxDepth} levels; a manifest needs three"));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                reading.Error(1, 1, "a manifest is one YAML mapping with the keys " + string.Join(", ", Keys));
                return null;
            }

            var manifest = reading.Read(root);
            return diagnostics.HasErrors ? null : manifest;
        }
        catch (YamlException e)
        {
            reading.Error(ToInt(e.Start.Line), ToInt(e.Start.Column), "the manifest is not valid YAML: " + e.Message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these without a position on some malformed input (a duplicate key, an unclosed '[').
            reading.Error(1, 1, "the manifest is not valid YAML (a key written twice, or an unclosed [ or {?): " + e.Message);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(EngineDiagnosticCodes.ManifestInvalid, SourceSpan.WholeFile(path), "the manifest cannot be read: " + e.Message);
            return null;
        }
    }

    internal static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
