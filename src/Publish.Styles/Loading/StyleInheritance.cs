using System.Collections.Immutable;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Text;
using Publish.Styles.Yaml;

namespace Publish.Styles.Loading;

/// <summary>
/// Resolves <c>extends:</c>: a style names a shipped style (<c>extends: default</c>) or another style file
/// (<c>extends: ../house.yaml</c>, relative to the extending file's folder), and its own keys are laid over that
/// style's key by key. Mappings merge (a key the extending file leaves out keeps the base's value), lists and values
/// replace. Chains are followed; a cycle is an error at the <c>extends</c> that closes it. Every merged node keeps
/// the file that wrote it (<see cref="StyleNode.File"/>), so errors point into that file and relative paths in a base
/// stay relative to the base. The base's <c>name</c> is not inherited: it names that file, not the extending one.
/// </summary>
internal sealed class StyleInheritance(DiagnosticBag diagnostics, string? shippedStylesFolder)
{
    /// <summary>Longer chains than any real house needs; bounds the work a hostile chain can cause.</summary>
    private const int MaxChain = 16;

    private const string ExtendsKey = "extends";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<string> _bases = [];

    /// <summary>The base style files read by <see cref="Resolve(StyleNode?, string)"/>, nearest first.</summary>
    public IReadOnlyList<string> Bases => _bases;

    /// <summary>The names <c>extends:</c> takes for the shipped styles (their file names without <c>.yaml</c>).</summary>
    public IReadOnlyList<string> ShippedNames() =>
        shippedStylesFolder is null || !Directory.Exists(shippedStylesFolder)
            ? []
            : [.. Directory.EnumerateFiles(shippedStylesFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    /// <summary>The tree of <paramref name="styleFile"/> with every style it extends merged under it.</summary>
    public StyleNode? Resolve(StyleNode? root, string styleFile) =>
        Resolve(root, styleFile, [Path.GetFullPath(styleFile)]);

    private StyleNode? Resolve(StyleNode? root, string file, ImmutableList<string> chain)
    {
        if (root is not MappingNode mapping || mapping.Entries.FirstOrDefault(e => e.Key.Value == ExtendsKey) is not { } extends)
        {
            return root;
        }

        var own = mapping with { Entries = [.. mapping.Entries.Where(e => e.Key.Value != ExtendsKey)] };
        var basePath = BasePath(extends.Value, file);
        if (basePath is null)
        {
            return own;
        }

        if (chain.Contains(basePath, StringComparer.Ordinal))
        {
            var loop = string.Join(" → ", chain.SkipWhile(f => f != basePath).Append(basePath).Select(Path.GetFileName));
            Error(StyleDiagnosticCodes.ExtendsCycle, extends.Value, file, $"extends: '{Written(extends.Value)}' makes a cycle ({loop}); a style cannot extend itself, directly or through others");
            return own;
        }

        if (chain.Count >= MaxChain)
        {
            Error(StyleDiagnosticCodes.ExtendsCycle, extends.Value, file, $"extends: chains of more than {MaxChain} styles are not followed");
            return own;
        }

        var baseTree = ReadBase(basePath, extends.Value, file);
        if (baseTree is null)
        {
            return own;
        }

        _bases.Add(basePath);
        var resolvedBase = Resolve(baseTree, basePath, chain.Add(basePath));
        if (resolvedBase is MappingNode baseMapping)
        {
            resolvedBase = baseMapping with { Entries = [.. baseMapping.Entries.Where(e => e.Key.Value != "name")] };
        }

        return Merge(resolvedBase, own);
    }

    /// <summary>The full path of the style <c>extends:</c> names, or null after reporting why there is none.</summary>
    private string? BasePath(StyleNode value, string file)
    {
        if (value is not ScalarNode { IsNull: false } scalar || string.IsNullOrWhiteSpace(scalar.Value) || scalar.Value.Contains('\0', StringComparison.Ordinal))
        {
            Error(StyleDiagnosticCodes.WrongType, value, file, "extends must name a shipped style (e.g. extends: default) or a style file (e.g. extends: ../house.yaml)");
            return null;
        }

        var written = scalar.Value.Trim();

        // A bare name is a shipped style; anything with a folder separator or a .yaml/.yml ending is a file.
        var isFile = written.Contains('/', StringComparison.Ordinal) || written.Contains('\\', StringComparison.Ordinal)
            || written.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || written.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (isFile)
        {
            return Path.GetFullPath(written, Path.GetDirectoryName(Path.GetFullPath(file))!);
        }

        var names = ShippedNames();
        if (names.Contains(written, StringComparer.Ordinal))
        {
            return Path.GetFullPath(Path.Combine(shippedStylesFolder!, written + ".yaml"));
        }

        var suggestion = NearestName.Find(written, names);
        var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        var known = names.Count == 0 ? "no shipped styles were found beside the tool" : $"shipped styles: {string.Join(", ", names)}";
        Error(StyleDiagnosticCodes.UnknownShippedStyle, value, file, $"extends: '{written}' is not a shipped style{hint} ({known}; a style file is named by a path such as ./house.yaml)");
        return null;
    }

    /// <summary>The tree of a base style, or null after reporting (at the <c>extends</c>) why it cannot be read.</summary>
    private StyleNode? ReadBase(string path, StyleNode at, string file)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(InputFile.ReadAllBytes(path, HouseStyleLoader.MaxStyleFileBytes, "style file")).TrimStart('\uFEFF');
        }
        catch (InputFileException refused)
        {
            var reason = refused.Problem == InputFileProblem.NotFound ? $"it does not exist (looked for {path})" : refused.Message;
            Error(StyleDiagnosticCodes.BaseStyleUnreadable, at, file, $"extends: '{Written(at)}' cannot be read: {reason}");
            return null;
        }
        catch (Exception exception) when (exception is DecoderFallbackException or IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Error(StyleDiagnosticCodes.BaseStyleUnreadable, at, file, $"extends: '{Written(at)}' cannot be read as UTF-8 text");
            return null;
        }

        try
        {
            return StyleTreeReader.Read(text, path);
        }
        catch (StyleSyntaxException exception)
        {
            diagnostics.Error(exception.Code, new SourceSpan(path, exception.Line, exception.Column), exception.Message);
            return null;
        }
    }

    /// <summary>
    /// <paramref name="over"/> laid on <paramref name="under"/>: mappings key by key (keeping the base's order, new
    /// keys after it), anything else replaced. An empty value over a mapping adds nothing and keeps the mapping.
    /// Duplicate keys stay in the result so that the reader reports them where they were written.
    /// </summary>
    private static StyleNode? Merge(StyleNode? under, StyleNode? over)
    {
        if (under is null || over is null)
        {
            return over ?? under;
        }

        if (under is MappingNode && over is ScalarNode { IsNull: true })
        {
            return under;
        }

        if (under is not MappingNode baseMapping || over is not MappingNode ownMapping)
        {
            return over;
        }

        var ownByKey = ownMapping.Entries.GroupBy(e => e.Key.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<MappingEntry>();
        foreach (var entry in baseMapping.Entries)
        {
            var key = entry.Key.Value;
            if (!ownByKey.TryGetValue(key, out var own))
            {
                entries.Add(entry);
            }
            else if (emitted.Add(key))
            {
                entries.Add(own[0] with { Value = Merge(entry.Value, own[0].Value)! });
                entries.AddRange(own.Skip(1));
            }
        }

        entries.AddRange(ownMapping.Entries.Where(e => !emitted.Contains(e.Key.Value)));
        return ownMapping with { Entries = entries.ToImmutable() };
    }

    private static string Written(StyleNode node) => node is ScalarNode scalar ? scalar.Value.Trim() : string.Empty;

    private void Error(string code, StyleNode node, string file, string message) =>
        diagnostics.Error(code, new SourceSpan(node.File ?? file, node.Line, node.Column), message);
}
