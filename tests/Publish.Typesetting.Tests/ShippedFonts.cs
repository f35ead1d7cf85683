using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Tests;

/// <summary>The fonts shipped in styles/fonts, loaded once for the test run (faces are read-only and thread-safe).</summary>
internal static class ShippedFonts
{
    public static TypefaceFiles Serif { get; } = new(
        RepositoryPaths.Font("NotoSerif-Regular.ttf"),
        RepositoryPaths.Font("NotoSerif-Italic.ttf"),
        RepositoryPaths.Font("NotoSerif-Bold.ttf"),
        RepositoryPaths.Font("NotoSerif-BoldItalic.ttf"));

    /// <summary>Noto Sans has no italic shipped: the footer never uses one, so regular stands in.</summary>
    public static TypefaceFiles Sans { get; } = new(
        RepositoryPaths.Font("NotoSans-Regular.ttf"),
        RepositoryPaths.Font("NotoSans-Regular.ttf"),
        RepositoryPaths.Font("NotoSans-Bold.ttf"),
        RepositoryPaths.Font("NotoSans-Bold.ttf"));

    public static string Mono { get; } = RepositoryPaths.Font("DejaVuSansMono.ttf");

    /// <summary>The text faces alone, no fallback: whatever they lack shows up as .notdef.</summary>
    public static FontSet SerifOnly { get; } = FontSet.Load(Serif, Mono, []);

    public static FontSet SansOnly { get; } = FontSet.Load(Sans, Mono, []);

    public static FontSet SerifWithFallbacks { get; } = FontSet.Load(Serif, Mono, [RepositoryPaths.Font("NotoSans-Regular.ttf"), Mono]);
}
