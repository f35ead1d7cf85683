using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Styles;

namespace Publish.Engine;

/// <summary>
/// Finds and loads the house style: the one named on the command line, else the default shipped beside the
/// tool (<c>styles/default.yaml</c> in its folder), else the one of the checkout the command runs in.
/// </summary>
internal static class StyleResolver
{
    public static HouseStyle? Load(string? path, DiagnosticBag diagnostics) => Load(path, [], diagnostics);

    /// <summary>As <see cref="Load(string?, DiagnosticBag)"/>, with font folders searched after the style's own (<c>--font-path</c>).</summary>
    public static HouseStyle? Load(string? path, IReadOnlyList<string> fontPaths, DiagnosticBag diagnostics)
    {
        var chosen = path
            ?? HouseStyleLoader.FindDefaultStyle(AppContext.BaseDirectory)
            ?? HouseStyleLoader.FindDefaultStyle(Directory.GetCurrentDirectory());
        if (chosen is null)
        {
            diagnostics.Error(EngineDiagnosticCodes.DefaultStyleNotFound, SourceSpan.WholeFile(HouseStyleLoader.DefaultStyleRelativePath), "the default house style was not found beside the tool nor in this folder or above; name one with --style");
            return null;
        }

        var result = HouseStyleLoader.Load(chosen, new StyleLoadOptions { FontPaths = [.. fontPaths] });
        diagnostics.AddRange(result.Diagnostics);
        return result.Style;
    }
}
