using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publish.Engine.Tests;

/// <summary>
/// Small generated archives for the release-build tests: short Markdown articles with a note and, for some,
/// a figure whose image sits in <c>images/</c>. Small on purpose: every edition built costs CI time.
/// </summary>
internal static class ReleaseArchive
{
    public static readonly DateTimeOffset BuildDate = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    public static string HarbourImage => Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "images", "harbour.png");

    /// <summary>An article; with <paramref name="image"/> it has a figure showing <c>images/IMAGE</c>.</summary>
    public static string Article(string title, string? image = null, int paragraphs = 2)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(title).Append("\nauthor: Test Author\nlang: en\ndate: 2024-05-01\n---\n\n");
        for (var i = 1; i <= paragraphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paragraph {i} of {title} tells of harbours, ships and the \"quiet hour\" -- when nothing moves.");
            text.Append(i == 1 ? "[^1]\n\n" : "\n\n");
        }

        if (image is not null)
        {
            text.Append("![The harbour at dusk](images/").Append(image).Append(")\n\n");
        }

        text.Append("[^1]: A note on ").Append(title).Append(".\n");
        return text.ToString();
    }

    /// <summary>A manuscript whose front matter is wrong on line 2: an error with file:line.</summary>
    public const string Broken = "---\ntitle: [not, one, title]\n---\n\nText.\n";

    /// <summary>Writes three articles (two with images) into <paramref name="folder"/>.</summary>
    public static void WriteThree(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.Copy(HarbourImage, Path.Combine(folder, "images", "alpha.png"));
        File.Copy(HarbourImage, Path.Combine(folder, "images", "beta.png"));
        File.WriteAllText(Path.Combine(folder, "alpha.md"), Article("Alpha", "alpha.png"));
        File.WriteAllText(Path.Combine(folder, "beta.md"), Article("Beta", "beta.png"));
        File.WriteAllText(Path.Combine(folder, "gamma.md"), Article("Gamma"));
    }

    public static Publisher Publisher()
    {
        var diagnostics = new Model.Diagnostics.DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        return Engine.Publisher.Create(style);
    }

    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Every edition in a folder (not the hidden cache), by file name, with its SHA-256.</summary>
    public static SortedDictionary<string, string> Editions(string folder) =>
        new(Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetFileName(f), Sha256Of, StringComparer.Ordinal), StringComparer.Ordinal);
}
