using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Styles.Loading;
using Publish.Styles.Reading;
using Publish.Styles.Yaml;

namespace Publish.Styles;

/// <summary>
/// Loads a house style from a YAML file. Bad input never throws: every problem becomes a
/// <see cref="Diagnostic"/> (codes in <see cref="StyleDiagnosticCodes"/>) at the file, line and column, and
/// all problems of a file are reported in one pass.
/// <para>
/// Finding the default style: the build copies <c>styles/</c> next to the assemblies of every project that
/// references Publish.Styles (<c>bin/…/styles/default.yaml</c>), so <see cref="FindDefaultStyle"/> with
/// <see cref="AppContext.BaseDirectory"/> finds it; from a source checkout, searching upwards from the working
/// folder finds the repository's <c>styles/default.yaml</c>.
/// </para>
/// </summary>
public static class HouseStyleLoader
{
    /// <summary>The folder and file name of the default style, relative to an application or repository root.</summary>
    public const string DefaultStyleRelativePath = "styles/default.yaml";

    /// <summary>Real style files are a few kilobytes; this bounds memory for a wrong or hostile path.</summary>
    public const long MaxStyleFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The first <c>styles/default.yaml</c> found in <paramref name="startDirectory"/> or any folder above it,
    /// or null. Pass <see cref="AppContext.BaseDirectory"/> for an installed tool, the working folder for a checkout.
    /// </summary>
    public static string? FindDefaultStyle(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "styles", "default.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Loads the default style found by <see cref="FindDefaultStyle"/> from <paramref name="startDirectory"/>;
    /// when there is none, fails with <see cref="StyleDiagnosticCodes.StyleFileNotFound"/> naming the folder searched.
    /// </summary>
    public static HouseStyleLoadResult LoadDefault(string startDirectory) =>
        FindDefaultStyle(startDirectory) is { } path
            ? Load(path)
            : Failed(StyleDiagnosticCodes.StyleFileNotFound, Path.GetFullPath(startDirectory), $"no {DefaultStyleRelativePath} in {Path.GetFullPath(startDirectory)} or any folder above it");

    /// <summary>
    /// The folder of the shipped styles (<c>default.yaml</c>, <c>fonts/</c>, …): beside the tool, else in the working
    /// folder's checkout; null when neither has one. <c>extends: NAME</c> and the shipped fonts are found there.
    /// </summary>
    public static string? FindShippedStylesFolder() =>
        ShippedStyles.Folder
        ?? (FindDefaultStyle(Directory.GetCurrentDirectory()) is { } checkout ? Path.GetDirectoryName(checkout) : null);

    /// <summary>Loads the style file at <paramref name="path"/> (with the styles it extends) as <paramref name="options"/> say.</summary>
    public static HouseStyleLoadResult Load(string path, StyleLoadOptions? options = null)
    {
        string text;
        try
        {
            // Through InputFile: a FIFO or device given as the style must neither block nor be read without end.
            text = StrictUtf8.GetString(InputFile.ReadAllBytes(path, MaxStyleFileBytes, "style file"));
        }
        catch (InputFileException refused)
        {
            return refused.Problem switch
            {
                InputFileProblem.NotFound => Failed(StyleDiagnosticCodes.StyleFileNotFound, path, $"style file not found: {Path.GetFullPath(path)}"),
                InputFileProblem.TooLarge => Failed(StyleDiagnosticCodes.StyleFileTooLarge, path, $"style file cannot be read: {refused.Message}"),
                _ => Failed(StyleDiagnosticCodes.StyleFileUnreadable, path, $"style file cannot be read: {refused.Message}"),
            };
        }
        catch (DecoderFallbackException)
        {
            return Failed(StyleDiagnosticCodes.StyleFileUnreadable, path, "style file cannot be read as UTF-8 text: it holds bytes that are not UTF-8");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(StyleDiagnosticCodes.StyleFileUnreadable, path, "style file cannot be read: input/output error");
        }

        return Parse(text, path, options);
    }

    /// <summary>
    /// Loads a style from text as if it were the file <paramref name="styleFile"/>: relative font and pattern
    /// paths resolve against that file's folder and diagnostics name it.
    /// </summary>
    public static HouseStyleLoadResult Parse(string text, string styleFile, StyleLoadOptions? options = null)
    {
        options ??= StyleLoadOptions.Default;
        var shipped = options.ShippedStylesFolder ?? FindShippedStylesFolder();
        var diagnostics = new DiagnosticBag();
        StyleNode? root;
        try
        {
            text = text.TrimStart('\uFEFF');
            root = StyleTreeReader.Read(text);
        }
        catch (StyleSyntaxException exception)
        {
            diagnostics.Error(exception.Code, new SourceSpan(styleFile, exception.Line, exception.Column), exception.Message);
            return new HouseStyleLoadResult(null, diagnostics.ToImmutableSorted());
        }

        var inheritance = new StyleInheritance(diagnostics, shipped);
        root = inheritance.Resolve(root, styleFile);
        var fonts = new FontLocator(options.FontPaths, shipped is null ? null : Path.Combine(shipped, "fonts"));
        var style = new StyleFileReader(new StyleReadContext(styleFile, diagnostics, fonts)).Read(root);
        return new HouseStyleLoadResult(diagnostics.HasErrors ? null : style with { SourceText = text, ExtendedFiles = [.. inheritance.Bases] }, diagnostics.ToImmutableSorted());
    }

    private static HouseStyleLoadResult Failed(string code, string path, string message) =>
        new(null, [Diagnostic.Error(code, SourceSpan.WholeFile(path), message)]);
}
