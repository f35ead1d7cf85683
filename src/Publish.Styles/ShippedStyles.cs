using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Styles;

/// <summary>
/// The house styles that ship with Publish (<c>default</c>, <c>a5</c>, <c>bench</c>, and whatever else lies in the
/// shipped <c>styles/</c> folder), found beside the application's assemblies, whatever the working folder. Every
/// host gets that folder there: <c>Publish.Styles.csproj</c> copies it into the output of each project that references
/// it, the .NET tool and the native executable carry it beside their entry point, and the <c>Publish.Engine</c> NuGet
/// package carries it as content files its consumer's build copies into the output.
/// </summary>
public static class ShippedStyles
{
    /// <summary>The name of the style <see cref="HouseStyle.Default"/> loads.</summary>
    public const string DefaultName = "default";

    private static readonly Lazy<HouseStyle> DefaultStyle = new(() => LoadOrThrow(DefaultName), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The shipped <c>styles/</c> folder: the one beside the application (<see cref="AppContext.BaseDirectory"/>),
    /// where the builds put it. Null when it is not there (an application that copied the assemblies without it).
    /// It is never looked for in the working folder: a library must not depend on where its host was started.
    /// </summary>
    public static string? Folder
    {
        get
        {
            var candidate = Path.Combine(AppContext.BaseDirectory, "styles");
            return File.Exists(Path.Combine(candidate, DefaultName + ".yaml")) ? candidate : null;
        }
    }

    /// <summary>The names of the shipped styles (file names without <c>.yaml</c>), in ordinal order; empty without <see cref="Folder"/>.</summary>
    public static IReadOnlyList<string> Names =>
        Folder is { } folder
            ? [.. Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The path of the shipped style named <paramref name="name"/> (e.g. <c>a5</c>), or null when there is none.</summary>
    public static string? PathOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A name, not a path: "../x" or "a/b" would reach outside the shipped folder.
        if (name.Length == 0 || name.IndexOfAny(['/', '\\', '\0']) >= 0 || name is "." or ".." || Folder is not { } folder)
        {
            return null;
        }

        var path = Path.Combine(folder, name + ".yaml");
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Loads the shipped style named <paramref name="name"/>; an unknown name (or no shipped folder) fails with
    /// <see cref="StyleDiagnosticCodes.StyleFileNotFound"/> listing the names there are.
    /// </summary>
    public static HouseStyleLoadResult Load(string name)
    {
        if (PathOf(name) is { } path)
        {
            return HouseStyleLoader.Load(path);
        }

        var diagnostics = new DiagnosticBag();
        var known = Names;
        var why = Folder is null
            ? $"no shipped style '{name}': the styles folder is not beside the application ({Path.Combine(AppContext.BaseDirectory, "styles")})"
            : $"no shipped style '{name}'; the shipped styles are: {string.Join(", ", known)}";
        diagnostics.Error(StyleDiagnosticCodes.StyleFileNotFound, SourceSpan.WholeFile(name + ".yaml"), why);
        return new HouseStyleLoadResult(null, diagnostics.ToImmutableSorted());
    }

    /// <summary>The shipped default style, loaded once (see <see cref="HouseStyle.Default"/>).</summary>
    internal static HouseStyle Default => DefaultStyle.Value;

    private static HouseStyle LoadOrThrow(string name)
    {
        var result = Load(name);
        return result.Style ?? throw new InvalidOperationException(
            $"The shipped house style '{name}' does not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
    }
}
