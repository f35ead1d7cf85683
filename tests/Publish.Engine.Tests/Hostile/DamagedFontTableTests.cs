using System.Buffers.Binary;
using System.Text;

using static Publish.Engine.Tests.Hostile.HostileStyle;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// Issue 14 item 6: a font whose GSUB or GPOS table is damaged (the table directory intact, so the style loader's
/// checks pass and HarfBuzz shapes without the table) could not be subset for the PDF: exit 3, "internal error,
/// HarfBuzz could not subset the font". Now the manuscript fails with a coded error that names the font.
/// </summary>
public sealed class DamagedFontTableTests
{
    private const string EditionInputRefused = "PUB7007";

    [Theory]
    [InlineData("GSUB")]
    [InlineData("GPOS")]
    public void A_font_with_a_damaged_layout_table_is_a_coded_error_not_an_internal_one(string table)
    {
        using var build = new HostileBuild();
        var font = Path.Combine(build.Scratch.Path, "house", "damaged.ttf");
        Directory.CreateDirectory(Path.GetDirectoryName(font)!);
        File.WriteAllBytes(font, WithOffsetsOutOfRange(File.ReadAllBytes(Shipped("NotoSerif-Regular.ttf")), table));
        var style = build.Scratch.Write(Path.Combine("house", "style.yaml"),
            StyleText("damaged.ttf"));
        var path = build.Write("a.md", "---\ntitle: Office affine\nlang: en\n---\n\nOffice affine AV To Wa.[^1]\n\n[^1]: A note.\n");

        var outcome = build.Build(path, "--style", style);

        Assert.True(outcome.ExitCode == 1, $"exit code {outcome.ExitCode}\n{outcome.StandardError}");
        Assert.Contains($"{path}: error {EditionInputRefused}: ", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("NotoSerif-Regular", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(build.Edition(path, ".pdf")), "a PDF was written");
    }

    /// <summary>The font with the table's lookup-list offset (bytes 8–9 of GSUB and GPOS alike) pointing far past its end.</summary>
    private static byte[] WithOffsetsOutOfRange(byte[] font, string tag)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
                BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(offset + 8), 0xFFF0);
                return font;
            }
        }

        throw new InvalidOperationException($"the shipped font has no {tag} table");
    }
}
