namespace Publish.Citations;

/// <summary>
/// The styles and locales Publish ships (styles/csl), and how a style is named: a file, or a shipped style by its
/// plain name (<c>chicago-notes-bibliography</c>). Shared by <c>publish cite</c> and manuscripts' <c>csl:</c> key.
/// </summary>
public static class ShippedStyles
{
    /// <summary>The default style of a manuscript that names none.</summary>
    public const string Default = "chicago-notes-bibliography";

    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>styles/csl beside the tool (an installed tool) or above the working folder (a source checkout); null when neither has it.</summary>
    public static string? Folder => Found.Value;

    /// <summary>Whether <paramref name="name"/> can name a shipped style: letters, digits, '-' and '_' only (no path).</summary>
    public static bool IsPlainName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The path of the shipped style <paramref name="name"/>, or null.</summary>
    public static string? PathOf(string name) =>
        Folder is { } folder && IsPlainName(name) && File.Exists(Path.Combine(folder, name + ".csl")) ? Path.Combine(folder, name + ".csl") : null;

    /// <summary>The names of the shipped styles, sorted.</summary>
    public static IEnumerable<string> Names =>
        Folder is { } folder ? Directory.GetFiles(folder, "*.csl").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal) : [];

    /// <summary>A dependent style's parent: a shipped style or a .csl beside the dependent one, named by the link's last segment.</summary>
    public static string? Parent(string href, string folder)
    {
        var name = href.TrimEnd('/').Split('/')[^1];
        if (!IsPlainName(name))
        {
            return null;
        }

        foreach (var candidate in new[] { folder, Folder })
        {
            if (candidate is not null && File.Exists(Path.Combine(candidate, name + ".csl")))
            {
                return File.ReadAllText(Path.Combine(candidate, name + ".csl"));
            }
        }

        return null;
    }

    private static string? Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null)
            {
                var candidate = Path.Combine(directory.FullName, "styles", "csl");
                if (File.Exists(Path.Combine(candidate, "locales-en-US.xml")))
                {
                    return candidate;
                }

                directory = directory.Parent;
            }
        }

        return null;
    }
}
