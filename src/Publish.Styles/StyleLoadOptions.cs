using System.Collections.Immutable;

namespace Publish.Styles;

/// <summary>
/// Where a style's fonts and shipped bases are found besides the style's own folder.
/// <see cref="FontPaths"/> are the folders of <c>--font-path</c> and <c>PUBLISH_FONT_PATH</c>, searched in order after the
/// folder of the file that names a font and before the shipped fonts (as Typst's <c>--font-path</c>); the system's font
/// folders are never searched unless listed here, so a build reads the same files on every machine.
/// <see cref="ShippedStylesFolder"/> holds the shipped styles (<c>extends: default</c>) and their <c>fonts/</c>; null
/// finds the one shipped beside the tool (<see cref="HouseStyleLoader.FindShippedStylesFolder"/>).
/// </summary>
public sealed record StyleLoadOptions
{
    /// <summary>The environment variable listing font folders (as <c>PATH</c>: separated by <see cref="Path.PathSeparator"/>).</summary>
    public const string FontPathVariable = "PUBLISH_FONT_PATH";

    /// <summary>No extra font folders; the shipped styles beside the tool.</summary>
    public static StyleLoadOptions Default { get; } = new();

    /// <summary>Font folders searched after the naming file's folder, in order.</summary>
    public ImmutableArray<string> FontPaths { get; init; } = [];

    /// <summary>The folder of the shipped styles (with <c>fonts/</c>, <c>hyphenation/</c>); null finds it beside the tool.</summary>
    public string? ShippedStylesFolder { get; init; }

    /// <summary>
    /// The folders of a <c>PUBLISH_FONT_PATH</c>-style list (separated by <see cref="Path.PathSeparator"/>, empty entries
    /// dropped), for callers that read the variable themselves.
    /// </summary>
    public static ImmutableArray<string> SplitFontPathList(string? list) =>
        string.IsNullOrEmpty(list) ? [] : [.. list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
