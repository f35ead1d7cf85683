using System.Globalization;
using System.Reflection;

namespace Publish.Cli.Templates;

/// <summary>
/// The files <c>publish new NAME</c> writes, relative to the new folder, with their bytes: <c>NAME.md</c> (front
/// matter, headings, a note, a figure, a bibliography), <c>images/harbour.png</c> and
/// <c>publish.yaml</c>, so that <c>publish build</c> in the folder builds it. All three are embedded resources
/// (<c>Templates/manuscript.md</c>, <c>Templates/publish.yaml</c> with <c>{title}</c>, <c>{date}</c> and
/// <c>{name}</c> filled in; <c>Templates/harbour.png</c>, a 480×320 picture of a harbour at dawn drawn for this
/// template, copied as it is), so every new manuscript gets the same bytes and its editions are reproducible.
/// </summary>
internal static class ManuscriptTemplate
{
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string name, DateTimeOffset date)
    {
        string Fill(string text) => text
            .Replace("{title}", TitleOf(name), StringComparison.Ordinal)
            .Replace("{date}", date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{name}", name, StringComparison.Ordinal);

        return
        [
            (name + ".md", System.Text.Encoding.UTF8.GetBytes(Fill(Resource("manuscript.md")))),
            (Path.Combine("images", "harbour.png"), ResourceBytes("harbour.png")),
            ("publish.yaml", System.Text.Encoding.UTF8.GetBytes(Fill(Resource("publish.yaml")))),
        ];
    }

    /// <summary>The title a folder name suggests: <c>black-sea_notes</c> → <c>Black Sea Notes</c>.</summary>
    public static string TitleOf(string name)
    {
        var words = name.Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        var title = string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        // A title in YAML: quoted, so a name like "yes" or "1984" stays a string.
        return "\"" + (title.Length > 0 ? title : name).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static string Resource(string file)
    {
        using var stream = Open(file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static byte[] ResourceBytes(string file)
    {
        using var stream = Open(file);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream("Publish.Cli.Templates." + file)
            ?? throw new InvalidOperationException($"the template {file} is missing from the tool");
}
