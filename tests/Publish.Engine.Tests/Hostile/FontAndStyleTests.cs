using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Publish.Styles;
using Publish.Typesetting;

using static Publish.Engine.Tests.Hostile.HostileStyle;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 7 row 5: hostile fonts and styles, through the real CLI with a <c>--style</c> file written by the
/// test. A bad style is an error at the style file's line and column, exit code 1, and no manuscript of the
/// build gets an edition; a character no font has is one warning per character per manuscript.
/// Font files are made by the test from the shipped Noto Serif (truncated, licence bits changed); none is committed.
/// </summary>
public sealed class FontAndStyleTests
{
    /// <summary>An archive of two manuscripts (one per dialect) beside the style, so "every manuscript fails" is visible.</summary>
    private static (string Style, string[] Manuscripts) Archive(HostileBuild build, string styleText)
    {
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"), styleText);
        string[] manuscripts =
        [
            build.Write("a.md", "---\ntitle: Fonts\n---\n\nA paragraph.\n"),
            build.Write("b.txt", "\nLegacy\n\nAn Author\n\nLegacy\n\nA paragraph of the archive.\n"),
        ];
        return (style, manuscripts);
    }

    private static void WriteFont(HostileBuild build, string name, byte[] bytes) =>
        File.WriteAllBytes(Path.Combine(build.Scratch.Path, "house", name), bytes);

    /// <summary>E at the style file: the code at exactly <paramref name="line"/>:<paramref name="column"/>, exit 1, no edition at all.</summary>
    private static string RefusedAtStyle(HostileBuild build, PublishProcess.Outcome outcome, string style, string code, int line, int column)
    {
        var lines = HostileBuild.Lines(outcome, style, "error", code);
        Assert.True(lines.Count > 0, $"no 'error {code}' line for {style}; exit {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains(lines, m => (int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture)) == (line, column));
        // A style that fails is a configuration error (exit code 2): found before any manuscript is read.
        Assert.True(outcome.ExitCode == 2, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Empty(build.Outputs());
        return lines[0].Groups["message"].Value;
    }

    private static PublishProcess.Outcome BuildAll(HostileBuild build, string style) => build.Build(build.BookFolder, "--style", style);

    [Fact]
    public void Unknown_family_points_at_the_family_value()
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText(ShippedSerif, "text:\n  heading-2: {family: Garamond}\n"));

        var message = RefusedAtStyle(build, BuildAll(build, style), style, StyleDiagnosticCodes.UnknownFontFamily, 9, 23);

        Assert.Contains("'Garamond'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_font_file_points_at_the_file_name()
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText("fonts/NotoSerif-Missing.ttf"));

        var message = RefusedAtStyle(build, BuildAll(build, style), style, StyleDiagnosticCodes.FontFileMissing, 3, 14);

        Assert.Contains("NotoSerif-Missing.ttf", message, StringComparison.Ordinal);
    }

    public static TheoryData<string, int> Cuts() => new()
    {
        { "empty", 0 },
        { "header only", 12 },
        { "table directory cut", 100 },
        { "half", -2 },
        { "last byte of tables", -1 },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void Truncated_font_points_at_the_file_name(string kind, int cut)
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText("cut.ttf"));
        var font = File.ReadAllBytes(Shipped("NotoSerif-Regular.ttf"));
        var length = cut switch { -2 => font.Length / 2, -1 => EndOfTables(font) - 1, _ => cut };
        WriteFont(build, "cut.ttf", font[..length]);

        var message = RefusedAtStyle(build, BuildAll(build, style), style, StyleDiagnosticCodes.FontFileDamaged, 3, 14);

        Assert.True(message.Contains("cut.ttf", StringComparison.Ordinal), $"{kind}: {message}");
    }

    [Fact]
    public void A_file_that_is_not_a_font_points_at_the_file_name()
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText("download.ttf"));
        WriteFont(build, "download.ttf", "<!DOCTYPE html><title>Font download</title>"u8.ToArray());

        var message = RefusedAtStyle(build, BuildAll(build, style), style, StyleDiagnosticCodes.FontFileDamaged, 3, 14);

        Assert.Contains("not a font", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0002, "restricted licence embedding")]
    [InlineData(0x0200, "only bitmap embedding")]
    public void A_font_whose_licence_forbids_embedding_points_at_the_file_name_and_says_why(int fsType, string why)
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText("licensed.ttf"));
        WriteFont(build, "licensed.ttf", WithFsType(File.ReadAllBytes(Shipped("NotoSerif-Regular.ttf")), fsType));

        var message = RefusedAtStyle(build, BuildAll(build, style), style, StyleDiagnosticCodes.FontEmbeddingForbidden, 3, 14);

        Assert.Contains(why, message, StringComparison.Ordinal);
        Assert.Contains("embed", message.Replace(why, string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_preview_and_print_font_builds_every_manuscript()
    {
        using var build = new HostileBuild();
        var (style, manuscripts) = Archive(build, StyleText("print.ttf"));
        WriteFont(build, "print.ttf", WithFsType(File.ReadAllBytes(Shipped("NotoSerif-Regular.ttf")), 0x0004));

        var outcome = BuildAll(build, style);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal(4, build.Outputs().Length);
        Assert.All(manuscripts, m => Assert.True(File.Exists(build.Edition(m, ".pdf"))));
    }

    [Fact]
    public void A_font_file_over_the_size_limit_points_at_the_file_name()
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText("huge.ttf"));
        using (var stream = File.Create(Path.Combine(build.Scratch.Path, "house", "huge.ttf")))
        {
            // Sparse: nothing is written, and the check refuses it by its size without reading it.
            stream.SetLength(Styles.Fonts.FontFileChecker.MaxFontFileBytes + 1);
        }

        RefusedAtStyle(build, BuildAll(build, style), style, StyleDiagnosticCodes.FontFileTooLarge, 3, 14);
    }

    [Fact]
    public void Every_problem_of_the_style_is_reported_in_one_run()
    {
        using var build = new HostileBuild();
        var (style, _) = Archive(build, StyleText("cut.ttf", "text:\n  caption: {family: Nowhere}\n"));
        WriteFont(build, "cut.ttf", File.ReadAllBytes(Shipped("NotoSerif-Regular.ttf"))[..5000]);

        var outcome = BuildAll(build, style);

        RefusedAtStyle(build, outcome, style, StyleDiagnosticCodes.FontFileDamaged, 3, 14);
        RefusedAtStyle(build, outcome, style, StyleDiagnosticCodes.UnknownFontFamily, 9, 21);
    }

    [Fact]
    public void A_failing_style_touches_no_previous_edition_nor_cache_entry()
    {
        using var build = new HostileBuild();
        var (style, manuscripts) = Archive(build, StyleText(ShippedSerif));
        Assert.Equal(0, BuildAll(build, style).ExitCode);
        Assert.NotEmpty(build.Outputs());
        var before = EditionTrustTests.Snapshot(build, withCache: true);

        File.WriteAllText(style, StyleText("cut.ttf"));
        WriteFont(build, "cut.ttf", File.ReadAllBytes(Shipped("NotoSerif-Regular.ttf"))[..5000]);

        var outcome = BuildAll(build, style);
        Assert.NotEmpty(HostileBuild.Lines(outcome, style, "error", StyleDiagnosticCodes.FontFileDamaged));
        Assert.True(outcome.ExitCode == 2, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Equal(before, EditionTrustTests.Snapshot(build, withCache: true));
        Assert.All(manuscripts, m => Assert.True(File.Exists(build.Edition(m, ".pdf"))));
    }

    /// <summary>中 (title, heading, body, code, note) and 字 (body, note): no shipped font has either.</summary>
    private const string Uncovered =
        "---\ntitle: Coverage 中\n---\n\n# Heading 中\n\nBody 中 and 字 and 中 again.[^1]\n\n    code 中 字\n\n[^1]: A note 中 字.\n";

    [Fact]
    public void A_character_no_font_has_is_one_warning_per_character_at_its_first_occurrence()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Uncovered);

        var outcome = build.Build(path);

        HostileAssert.Warned(build, outcome, path, TypesettingDiagnosticCodes.MissingGlyph, 2);
        var warnings = HostileBuild.Lines(outcome, path, "warning", TypesettingDiagnosticCodes.MissingGlyph);
        Assert.Equal(
            ["2:17 U+4E2D", "7:12 U+5B57"],
            warnings.Select(m => $"{m.Groups["line"].Value}:{m.Groups["column"].Value} {m.Groups["message"].Value[..6]}").Order(StringComparer.Ordinal));
        HostileAssert.FailsUnderStrict(build, path, TypesettingDiagnosticCodes.MissingGlyph);
    }

    [Fact]
    public void The_epub_edition_alone_warns_about_the_same_characters()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Uncovered);

        var outcome = build.Build(path, "--format", "epub");

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal([build.Edition(path, ".epub")], build.Outputs());
        Assert.Equal(2, HostileBuild.Lines(outcome, path, "warning", TypesettingDiagnosticCodes.MissingGlyph).Count);
    }

    /// <summary>The EPUB-alone check runs beside the writer: under --strict what it finds must still stop the edition; the previous one is kept, untouched.</summary>
    [Fact]
    public void Under_strict_the_epub_edition_alone_is_not_written_when_a_character_is_missing()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", Uncovered);
        Assert.Equal(0, build.Build(path, "--format", "epub").ExitCode);
        var before = EditionTrustTests.Snapshot(build);

        var strict = build.Build(path, "--format", "epub", "--strict");

        Assert.True(strict.ExitCode == 1, strict.StandardError);
        Assert.Equal(2, HostileBuild.Lines(strict, path, "warning", TypesettingDiagnosticCodes.MissingGlyph).Count);
        Assert.Single(EditionTrustTests.WholeFileLines(strict, build.Edition(path, ".epub"), "warning", EngineDiagnosticCodes.StaleEditionKept));
        Assert.Equal(before, EditionTrustTests.Snapshot(build));
    }

    /// <summary>
    /// The footer's lines come from the style file: a character no font has is found there, line and column (in the
    /// style's text the loader kept; the layout opens no file again).
    /// </summary>
    [Fact]
    public void A_character_of_the_footer_no_font_has_is_reported_in_the_style_file()
    {
        using var build = new HostileBuild();
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"),
            StyleText(ShippedSerif, "footer:\n  lines:\n    - \"Institute 中 Street 1\"\n"));
        var path = build.Write("a.md", "---\ntitle: Footer\n---\n\nA paragraph.\n");

        var outcome = build.Build(path, "--style", style);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var warning = Assert.Single(HostileBuild.Lines(outcome, style, "warning", TypesettingDiagnosticCodes.MissingGlyph));
        Assert.Equal(("10", "18"), (warning.Groups["line"].Value, warning.Groups["column"].Value));
    }

    [Fact]
    public void Each_manuscript_hears_of_its_own_missing_characters()
    {
        using var build = new HostileBuild();
        var first = build.Write("a.md", Uncovered);
        var second = build.Write("b.txt", "\nLegacy 中\n\nAn Author\n\nLegacy 中\n\nText with 中.\n");

        var outcome = build.Build(build.BookFolder);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Equal(2, HostileBuild.Lines(outcome, first, "warning", TypesettingDiagnosticCodes.MissingGlyph).Count);
        var legacy = Assert.Single(HostileBuild.Lines(outcome, second, "warning", TypesettingDiagnosticCodes.MissingGlyph));
        Assert.Equal(("2", "8"), (legacy.Groups["line"].Value, legacy.Groups["column"].Value));
    }

    private static byte[] WithFsType(byte[] font, int fsType)
    {
        var copy = (byte[])font.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(TableOffset(copy, "OS/2") + 8), (ushort)fsType);
        return copy;
    }

    private static int TableOffset(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var record = Enumerable.Range(0, count).Select(i => 12 + (i * 16)).Single(r => Encoding.ASCII.GetString(font, r, 4) == tag);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
    }

    private static int EndOfTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        return Enumerable.Range(0, count).Select(i => 12 + (i * 16))
            .Max(r => (int)(BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(r + 8)) + BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(r + 12))));
    }
}
