using System.Collections.Immutable;
using System.Globalization;
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
/// </code>
/// </summary>
public sealed record BuildManifest(
    ImmutableArray<string> Manuscripts,
    string? Output,
    string? Style,
    string? Formats,
    ImmutableDictionary<string, MetadataOverride> MetadataOverrides)
{
    public static bool IsManifest(string path) =>
        File.Exists(path) && Path.GetExtension(path).ToUpperInvariant() is ".YAML" or ".YML";

    /// <summary>The manifest, or null with a message naming the file (and line) when it is not a valid one.</summary>
    public static BuildManifest? Load(string path, out string? error)
    {
        error = null;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                error = $"{path}: a manifest is one YAML mapping (manuscripts, output, style, formats)";
                return null;
            }

            return FromYaml(path, root, out error);
        }
        catch (YamlException e)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{path}:{e.Start.Line}:{e.Start.Column}: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {e.Message}";
            return null;
        }
    }

    private static BuildManifest? FromYaml(string path, YamlMappingNode root, out string? error)
    {
        error = null;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string? Scalar(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;
        string? Resolve(string? relative) => relative is null ? null : Path.Combine(folder, relative);

        var formats = root.Children.TryGetValue(new YamlScalarNode("formats"), out var formatNode) && formatNode is YamlSequenceNode list
            ? string.Join(',', list.Children.OfType<YamlScalarNode>().Select(n => n.Value))
            : Scalar("formats");
        var manuscripts = ImmutableArray.CreateBuilder<string>();
        var overrides = ImmutableDictionary.CreateBuilder<string, MetadataOverride>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode("manuscripts"), out var entries) || entries is not YamlSequenceNode sequence)
        {
            error = $"{path}: 'manuscripts' must be a list of files or folders";
            return null;
        }

        foreach (var entry in sequence.Children)
        {
            switch (entry)
            {
                case YamlScalarNode { Value: { } relative }:
                    manuscripts.Add(Resolve(relative)!);
                    break;
                case YamlMappingNode item when item.Children.TryGetValue(new YamlScalarNode("path"), out var p) && p is YamlScalarNode { Value: { } relative }:
                    var full = Resolve(relative)!;
                    manuscripts.Add(full);
                    if (item.Children.TryGetValue(new YamlScalarNode("metadata"), out var m))
                    {
                        if (ReadOverride(m, out var fields, out var bad) is false)
                        {
                            error = string.Create(CultureInfo.InvariantCulture, $"{path}:{m.Start.Line}:{m.Start.Column}: unknown metadata key '{bad}'; known: {string.Join(", ", MetadataOverride.Keys)}");
                            return null;
                        }

                        overrides[Path.GetFullPath(full)] = new MetadataOverride(fields);
                    }

                    break;
                default:
                    error = string.Create(CultureInfo.InvariantCulture, $"{path}:{entry.Start.Line}:{entry.Start.Column}: a manuscript entry is a path or a mapping with 'path' (and 'metadata')");
                    return null;
            }
        }

        return new BuildManifest(manuscripts.ToImmutable(), Resolve(Scalar("output")), Resolve(Scalar("style")), formats, overrides.ToImmutable());
    }

    private static bool ReadOverride(YamlNode node, out ImmutableSortedDictionary<string, string> fields, out string? unknown)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        unknown = null;
        fields = builder.ToImmutable();
        if (node is not YamlMappingNode mapping)
        {
            unknown = "(not a mapping)";
            return false;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!MetadataOverride.Keys.Contains(key, StringComparer.Ordinal))
            {
                unknown = key;
                return false;
            }

            builder[key] = valueNode switch
            {
                YamlScalarNode s => s.Value ?? string.Empty,
                YamlSequenceNode seq => string.Join("; ", seq.Children.OfType<YamlScalarNode>().Select(n => n.Value)),
                _ => string.Empty,
            };
        }

        fields = builder.ToImmutable();
        return true;
    }
}
