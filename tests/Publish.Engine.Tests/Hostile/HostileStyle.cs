namespace Publish.Engine.Tests.Hostile;

/// <summary>The style files the hostile font and style tests write, declaring every family the defaults use.</summary>
internal static class HostileStyle
{
    /// <summary>The shipped Noto Serif regular face, quoted for YAML.</summary>
    public static string ShippedSerif { get; } = $"\"{Shipped("NotoSerif-Regular.ttf")}\"";

    public static string Shipped(string file) => Path.Combine(Repo.Root, "styles", "fonts", file);

    /// <summary>
    /// Seven lines declaring every family the defaults use from the shipped fonts; Noto Serif (all text) takes
    /// <paramref name="regular"/>, written on line 3 at column 14. <paramref name="extra"/> YAML starts on line 8.
    /// </summary>
    public static string StyleText(string regular, string extra = "") =>
        "fonts:\n" +
        "  Noto Serif:\n" +
        $"    regular: {regular}\n" +
        $"  Noto Sans:\n    regular: \"{Shipped("NotoSans-Regular.ttf")}\"\n" +
        $"  DejaVu Sans Mono:\n    regular: \"{Shipped("DejaVuSansMono.ttf")}\"\n" +
        extra;
}
