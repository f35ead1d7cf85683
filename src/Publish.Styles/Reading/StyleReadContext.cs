using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Model.Text;
using Publish.Styles.Fonts;
using Publish.Styles.Loading;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>
/// Converts style-file nodes to values, reporting every problem at the node's line and column. A converter
/// returns null after reporting, so reading goes on and one pass reports every error in the file.
/// </summary>
internal sealed class StyleReadContext(string styleFile, DiagnosticBag diagnostics, FontLocator? fonts = null)
{
    public string StyleFile { get; } = styleFile;

    /// <summary>Relative paths of built-in defaults (the style names no file) are resolved against this folder.</summary>
    public string StyleDirectory { get; } = FolderOf(styleFile);

    /// <summary>Finds the font files the style names (the naming file's folder, font folders, shipped fonts).</summary>
    public FontLocator Fonts { get; } = fonts ?? new FontLocator([], null);

    /// <summary>The file that wrote <paramref name="node"/>: the style itself, or a style it extends.</summary>
    public string FileOf(StyleNode node) => node.File ?? StyleFile;

    /// <summary>Relative paths a file writes stay relative to that file's folder, also when another style extends it.</summary>
    public string DirectoryOf(StyleNode node) => node.File is null ? StyleDirectory : FolderOf(node.File);

    public SourceSpan SpanOf(StyleNode node) => new(FileOf(node), node.Line, node.Column);

    public void Error(string code, StyleNode node, string message) => diagnostics.Error(code, SpanOf(node), message);

    public void Error(string code, SourceSpan span, string message) => diagnostics.Error(code, span, message);

    public void Warning(string code, SourceSpan span, string message) => diagnostics.Warning(code, span, message);

    /// <summary>Whether an error was reported: a style that will not load needs no warnings about how it would look.</summary>
    public bool HasErrors => diagnostics.HasErrors;

    /// <summary>
    /// The fields of a mapping; reports a non-mapping, unknown keys (with a suggestion) and duplicates. A key
    /// <paramref name="notTaken"/> gives a reason for is one this mapping does not honour although others do: it is
    /// refused with that reason rather than a guess at a typo.
    /// </summary>
    public MappingFields Fields(StyleNode? node, string where, IReadOnlyList<string> known, Func<string, string?>? notTaken = null)
    {
        // An empty value (`page:` with nothing under it, or an empty document) means "all defaults".
        if (node is null or ScalarNode { IsNull: true })
        {
            return MappingFields.Empty;
        }

        if (node is not MappingNode mapping)
        {
            Error(StyleDiagnosticCodes.WrongType, node, $"{where} must be a mapping of keys ({string.Join(", ", known)}), not {node.KindName}");
            return MappingFields.Empty;
        }

        var entries = new Dictionary<string, MappingEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!known.Contains(key, StringComparer.Ordinal) && notTaken?.Invoke(key) is { } reason)
            {
                Error(StyleDiagnosticCodes.UnknownKey, entry.Key, $"{where} does not take '{key}': {reason} (keys it takes: {string.Join(", ", known)})");
            }
            else if (!known.Contains(key, StringComparer.Ordinal))
            {
                var suggestion = NearestName.Find(key, known);
                var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
                Error(StyleDiagnosticCodes.UnknownKey, entry.Key, $"unknown key '{key}' in {where}{hint} (known keys: {string.Join(", ", known)})");
            }
            else if (!entries.TryAdd(key, entry))
            {
                Error(StyleDiagnosticCodes.DuplicateKey, entry.Key, $"'{key}' is given twice in {where} (first at line {entries[key].Key.Line})");
            }
        }

        return new MappingFields(entries);
    }

    public string? Text(StyleNode node, string what)
    {
        if (node is ScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(StyleDiagnosticCodes.WrongType, node, $"{what} must be a value, not {node.KindName}");
        return null;
    }

    public string? NonEmptyText(StyleNode node, string what)
    {
        var text = Text(node, what);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Error(StyleDiagnosticCodes.WrongType, node, $"{what} must not be empty");
            return null;
        }

        return text?.Trim();
    }

    /// <summary>A length &gt;= <paramref name="minimum"/> points; <c>em</c> only when <paramref name="allowEm"/>.</summary>
    public Measure? Length(StyleNode node, string what, bool allowEm = false, double minimum = 0)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (!LengthParser.TryParse(text, allowEm, out var measure))
        {
            var units = allowEm ? "pt, mm, cm, in, pc or em" : "pt, mm, cm, in or pc";
            Error(StyleDiagnosticCodes.InvalidLength, node, $"{what} '{text}' is not a length: write a number with a unit ({units}), e.g. 11pt or 25mm; a bare number is points");
            return null;
        }

        // An em value is compared as if the font were 1pt: the only em minimum used is 0, where that is exact.
        if (measure.Value < minimum || double.IsInfinity(measure.Value))
        {
            Error(StyleDiagnosticCodes.ValueOutOfRange, node, string.Create(CultureInfo.InvariantCulture, $"{what} '{text}' must be at least {minimum}pt"));
            return null;
        }

        return measure;
    }

    /// <summary>A length in points only (no em), strictly positive when <paramref name="positive"/>.</summary>
    public double? Points(StyleNode node, string what, bool positive)
    {
        var measure = Length(node, what);
        if (measure is { } m && positive && m.Value <= 0)
        {
            Error(StyleDiagnosticCodes.ValueOutOfRange, node, $"{what} must be greater than zero");
            return null;
        }

        return measure?.Value;
    }

    public int? Integer(StyleNode node, string what, int minimum, int maximum)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Error(StyleDiagnosticCodes.WrongType, node, $"{what} '{text}' must be a whole number");
            return null;
        }

        if (value < minimum || value > maximum)
        {
            Error(StyleDiagnosticCodes.ValueOutOfRange, node, string.Create(CultureInfo.InvariantCulture, $"{what} {value} must be between {minimum} and {maximum}"));
            return null;
        }

        return value;
    }

    /// <summary>YAML 1.2 core booleans plus the yes/no/on/off that people write in YAML 1.1 style.</summary>
    public bool? Boolean(StyleNode node, string what)
    {
        var text = Text(node, what);
        switch (text?.ToUpperInvariant())
        {
            case null:
                return null;
            case "TRUE" or "YES" or "ON":
                return true;
            case "FALSE" or "NO" or "OFF":
                return false;
            default:
                Error(StyleDiagnosticCodes.WrongType, node, $"{what} '{text}' must be true or false");
                return null;
        }
    }

    /// <summary>One of a fixed set of words, compared case-insensitively.</summary>
    public T? Choice<T>(StyleNode node, string what, IReadOnlyList<(string Word, T Value)> choices)
        where T : struct
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        foreach (var (word, value) in choices)
        {
            if (string.Equals(word, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        Error(StyleDiagnosticCodes.InvalidChoice, node, $"{what} '{text}' must be one of: {string.Join(", ", choices.Select(c => c.Word))}");
        return null;
    }

    public StyleColor? Color(StyleNode node, string what)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (StyleColor.TryParse(text.Trim(), out var color))
        {
            return color;
        }

        Error(StyleDiagnosticCodes.InvalidColour, node, $"{what} '{text}' is not a colour: write \"#rrggbb\" or \"#rgb\" in quotes (an unquoted # starts a YAML comment)");
        return null;
    }

    /// <summary>The absolute path of an existing file named relative to the style folder; reports a missing one with <paramref name="missingCode"/>.</summary>
    public string? ExistingFile(StyleNode node, string what, string missingCode)
    {
        var relative = NonEmptyText(node, what);
        if (relative is null)
        {
            return null;
        }

        // A NUL (possible through a YAML "\0" escape) makes Path throw; no such file can exist anyway.
        var path = relative.Contains('\0', StringComparison.Ordinal) ? relative : Path.GetFullPath(relative, DirectoryOf(node));
        var status = InputFile.Examine(path);
        if (status.Kind == InputFileKind.Missing)
        {
            Error(missingCode, node, $"{what} '{relative}' does not exist (looked for {path})");
            return null;
        }

        if (!status.IsRegular)
        {
            // A FIFO or device would block or never end when read; it is refused here, where the style names it.
            Error(StyleDiagnosticCodes.StyleInputNotRegularFile, node, $"{what} '{relative}' cannot be used: {status.Reason}");
            return null;
        }

        return path;
    }

    /// <summary>
    /// The absolute path of a font file named at <paramref name="node"/> that exists and passes
    /// <see cref="FontFileChecker"/>; reports a missing or unusable file at the node and returns null.
    /// </summary>
    public string? UsableFontFile(StyleNode node, string what)
    {
        var written = NonEmptyText(node, what);
        if (written is null)
        {
            return null;
        }

        var found = Fonts.Locate(written, DirectoryOf(node));
        if (found.Path is null)
        {
            var message = found.Refusal is { } refusal
                ? $"{what} '{written}' cannot be used: {refusal}"
                : $"{what} '{written}' was not found (looked for {string.Join(", ", found.LookedIn)}); put it beside the style, or name its folder with --font-path or PUBLISH_FONT_PATH";
            Error(found.Refusal is null ? StyleDiagnosticCodes.FontFileMissing : StyleDiagnosticCodes.StyleInputNotRegularFile, node, message);
            return null;
        }

        var status = InputFile.Examine(found.Path);
        if (!status.IsRegular)
        {
            // A FIFO or device would block or never end when read; it is refused here, where the style names it.
            Error(StyleDiagnosticCodes.StyleInputNotRegularFile, node, $"{what} '{written}' cannot be used: {status.Reason}");
            return null;
        }

        var path = found.Path;

        var verdict = FontVerdict(path);
        if (!verdict.IsUsable)
        {
            Error(CodeOf(verdict), node, $"{what} '{((ScalarNode)node).Value.Trim()}' cannot be used: {verdict.Reason}");
            return null;
        }

        return path;
    }

    /// <summary>The checker's verdict on an existing font file (cached: styles are loaded often, fonts rarely change).</summary>
    public FontFileVerdict FontVerdict(string path) => FontVerdictCache.Check(path);

    private static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();

    public static string CodeOf(FontFileVerdict verdict) => verdict.Problem switch
    {
        FontFileProblem.EmbeddingForbidden => StyleDiagnosticCodes.FontEmbeddingForbidden,
        FontFileProblem.TooLarge => StyleDiagnosticCodes.FontFileTooLarge,
        FontFileProblem.NotRegularFile => StyleDiagnosticCodes.StyleInputNotRegularFile,
        _ => StyleDiagnosticCodes.FontFileDamaged,
    };
}
