using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Text;
using YamlDotNet.RepresentationModel;

namespace Publish.Engine.Manifests;

/// <summary>
/// Turns a manifest's YAML tree into a <see cref="BuildManifest"/>, reporting each problem at its node and going
/// on, so every error of the file is shown at once.
/// </summary>
internal sealed partial class ManifestReading(string path, DiagnosticBag diagnostics)
{
    private static readonly string[] Formats = ["pdf", "epub"];

    private readonly string _folder = Path.GetDirectoryName(Path.GetFullPath(path))!;

    /// <summary>Where each manuscript entry was named, so a refusal of it (outside the folder) points at its line.</summary>
    private readonly Dictionary<string, SourceSpan> _positions = new(StringComparer.Ordinal);

    public void Error(int line, int column, string message, string code = EngineDiagnosticCodes.ManifestInvalid) =>
        diagnostics.Error(code, new SourceSpan(path, line, column), message);

    public BuildManifest Read(YamlMappingNode root)
    {
        string? output = null, style = null, formats = null;
        var manuscripts = ImmutableArray.CreateBuilder<string>();
        var overrides = ImmutableDictionary.CreateBuilder<string, MetadataOverride>(StringComparer.Ordinal);
        var sawManuscripts = false;
        var books = ImmutableArray<Books.BookEntry>.Empty;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (KeyOf(keyNode, BuildManifest.Keys, "manifest"))
            {
                case "output":
                    output = Resolve(Text(value, "output", "a folder"));
                    break;
                case "style":
                    style = Resolve(Text(value, "style", "a style file"));
                    break;
                case "formats":
                    formats = ReadFormats(value);
                    break;
                case "manuscripts":
                    sawManuscripts = true;
                    ReadManuscripts(value, manuscripts, overrides);
                    break;
                case "books":
                    books = ReadBooks(value);
                    break;
            }
        }

        if (!sawManuscripts && books.IsEmpty)
        {
            Error(At(root).Line, At(root).Column, "the manifest has no 'manuscripts' list (nor 'books'); add one naming the files or folders to build");
        }

        // A book's parts are built alone as well unless the book says 'alone: false' (issue 20); the build keeps the
        // parts of such books out even when a folder entry above holds them.
        foreach (var part in books.Where(b => b.Alone).SelectMany(b => b.Manuscripts))
        {
            if (!manuscripts.Contains(part))
            {
                manuscripts.Add(part);
            }
        }

        return new BuildManifest(manuscripts.ToImmutable(), output, style, formats, overrides.ToImmutable(), new ContainedInputs(_folder, _positions)) { Books = books };
    }

    private void ReadManuscripts(YamlNode value, ImmutableArray<string>.Builder manuscripts, ImmutableDictionary<string, MetadataOverride>.Builder overrides)
    {
        if (value is not YamlSequenceNode sequence)
        {
            Error(At(value).Line, At(value).Column, "'manuscripts' must be a list of files or folders");
            return;
        }

        foreach (var entry in sequence.Children)
        {
            switch (entry)
            {
                case YamlScalarNode { Value: { Length: > 0 } relative }:
                    manuscripts.Add(Named(Path.Combine(_folder, relative), entry));
                    break;
                case YamlMappingNode item:
                    ReadEntry(item, manuscripts, overrides);
                    break;
                default:
                    Error(At(entry).Line, At(entry).Column, "a manuscript entry is a path or a mapping with 'path' (and 'metadata')");
                    break;
            }
        }
    }

    private void ReadEntry(YamlMappingNode item, ImmutableArray<string>.Builder manuscripts, ImmutableDictionary<string, MetadataOverride>.Builder overrides)
    {
        string? full = null;
        YamlNode? named = null;
        MetadataOverride? metadata = null;
        foreach (var (keyNode, value) in item.Children)
        {
            switch (KeyOf(keyNode, BuildManifest.EntryKeys, "manuscript entry"))
            {
                case "path":
                    full = Resolve(Text(value, "path", "a file or folder"));
                    named = value;
                    break;
                case "metadata":
                    metadata = ReadOverride(value);
                    break;
            }
        }

        if (full is null)
        {
            Error(At(item).Line, At(item).Column, "a manuscript entry written as a mapping needs 'path: FILE'");
            return;
        }

        manuscripts.Add(Named(full, named!));
        if (metadata is not null)
        {
            overrides[Path.GetFullPath(full)] = metadata;
        }
    }

    /// <summary><c>pdf</c>, <c>epub</c>, <c>[pdf, epub]</c> or <c>pdf,epub</c>; each name checked where it is written.</summary>
    private string? ReadFormats(YamlNode value)
    {
        var items = value is YamlSequenceNode list ? list.Children.ToList() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            foreach (var name in (Text(item, "formats", "pdf, epub or [pdf, epub]") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Formats.Contains(name.ToLowerInvariant(), StringComparer.Ordinal))
                {
                    names.Add(name);
                    continue;
                }

                var hint = NearestName.Find(name, Formats) is { } near ? $"did you mean '{near}'? " : string.Empty;
                Error(At(item).Line, At(item).Column, $"unknown format '{(name.Length > 40 ? name[..40] + "…" : name)}'; {hint}formats: pdf, epub");
            }
        }

        return names.Count > 0 ? string.Join(',', names) : null;
    }

    private MetadataOverride? ReadOverride(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(At(node).Line, At(node).Column, "'metadata' must be a mapping of keys to values, e.g. { series: Commentary }");
            return null;
        }

        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (KeyOf(keyNode, MetadataOverride.Keys, "metadata") is not { } key)
            {
                continue;
            }

            var value = valueNode switch
            {
                YamlScalarNode s => s.Value ?? string.Empty,
                YamlSequenceNode seq when key == "author" => string.Join("; ", seq.Children.Select(n => Text(n, key, "a name"))),
                _ => Text(valueNode, key, "a single text value"),
            };
            if (value is null)
            {
                continue;
            }

            // A bad date or language is a warning, as in front matter: the override is dropped, so the
            // manuscript's own value stays (a repairable tag such as en_GB is repaired).
            var at = At(valueNode);
            if (key == "lang")
            {
                var (tag, warning) = MetadataChecks.Language(value, "the manuscript's own language is kept");
                Warn(DiagnosticCodes.InvalidLanguageTag, at, warning);
                value = tag;
            }
            else if (key == "date")
            {
                var (date, warning) = MetadataChecks.Date(value, "the manuscript's own date is kept");
                Warn(DiagnosticCodes.InvalidDate, at, warning);
                value = date;
            }

            if (value is not null)
            {
                fields[key] = value;
            }
        }

        return new MetadataOverride(fields.ToImmutable());
    }

    private void Warn(string code, (int Line, int Column) at, string? warning)
    {
        if (warning is not null)
        {
            diagnostics.Warning(code, new SourceSpan(path, at.Line, at.Column), warning);
        }
    }

    /// <summary>The key when it is one of <paramref name="known"/>; else an error with the nearest known key, and null.</summary>
    private string? KeyOf(YamlNode keyNode, ImmutableArray<string> known, string where)
    {
        var at = At(keyNode);
        if (keyNode is not YamlScalarNode { Value: { } key })
        {
            Error(at.Line, at.Column, $"a {where} key must be a plain name; known keys: {string.Join(", ", known)}", EngineDiagnosticCodes.ManifestUnknownKey);
            return null;
        }

        if (known.Contains(key, StringComparer.Ordinal))
        {
            return key;
        }

        var shown = key.Length > 60 ? key[..60] + "…" : key;
        var hint = NearestName.Find(key, known) is { } near ? $"did you mean '{near}'? " : string.Empty;
        Error(at.Line, at.Column, $"unknown {where} key '{shown}'; {hint}known keys: {string.Join(", ", known)}", EngineDiagnosticCodes.ManifestUnknownKey);
        return null;
    }

    /// <summary>A scalar's text, or null with an error naming what the key takes.</summary>
    private string? Text(YamlNode node, string key, string expected)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        Error(At(node).Line, At(node).Column, $"'{key}' takes {expected}");
        return null;
    }

    private string Named(string full, YamlNode node)
    {
        var at = At(node);
        _positions.TryAdd(full, new SourceSpan(path, at.Line, at.Column));
        return full;
    }

    private string? Resolve(string? relative) => relative is null ? null : Path.Combine(_folder, relative);

    private static (int Line, int Column) At(YamlNode node) =>
        (BuildManifest.ToInt(node.Start.Line), BuildManifest.ToInt(node.Start.Column));
}
