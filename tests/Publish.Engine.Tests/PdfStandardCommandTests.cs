using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests;

/// <summary>
/// <c>--pdf-standard</c> and the press printing condition through the real command: by default the PDF claims
/// PDF/A-2b and PDF/UA-1 on an sRGB intent, the press file PDF/X-4 on a CMYK <c>GTS_PDFX</c> intent with no device
/// RGB, <c>none</c> claims nothing; a mistyped value is a usage error and a style's unusable output profile a style
/// error, both touching nothing. (The clause-by-clause conformance suite lives in <c>Conformance/</c>.)
/// </summary>
public sealed partial class PdfStandardCommandTests
{
    private static readonly Dictionary<string, string> Epoch = new() { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    private static string FullFeatures => Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "full-features.md");

    private static (PublishProcess.Outcome Outcome, string Pdf) Build(ScratchFolder scratch, string manuscript, params string[] options)
    {
        var output = scratch.File("out");
        var outcome = PublishProcess.Run(Repo.Root, Epoch, ["build", manuscript, "-o", output, "--format", "pdf", "-q", .. options]);
        var pdf = Path.Combine(output, Path.GetFileNameWithoutExtension(manuscript) + ".pdf");
        return (outcome, File.Exists(pdf) ? Encoding.Latin1.GetString(File.ReadAllBytes(pdf)) : string.Empty);
    }

    [Fact]
    public void By_default_the_pdf_claims_pdfa_2b_and_pdfua_1_on_an_srgb_intent()
    {
        using var scratch = new ScratchFolder();

        var (outcome, pdf) = Build(scratch, Repo.SampleManuscript);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("%PDF-1.7\n", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>", pdf, StringComparison.Ordinal);
        Assert.Matches(@"/OutputIntents \[ << /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier \(sRGB IEC61966-2.1\) [^>]*/DestOutputProfile \d+ 0 R >> \]", pdf);
        Assert.DoesNotContain("GTS_PDFX", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void The_press_file_claims_pdfx_4_on_a_fogra39_intent_and_has_no_device_rgb()
    {
        using var scratch = new ScratchFolder();

        var (outcome, pdf) = Build(scratch, FullFeatures, "--pdf-profile", "press");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("%PDF-1.6\n", pdf, StringComparison.Ordinal);
        Assert.Contains("/GTS_PDFXVersion (PDF/X-4)", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", pdf, StringComparison.Ordinal);
        Assert.Contains("<pdf:Trapped>False</pdf:Trapped>", pdf, StringComparison.Ordinal);
        Assert.Contains("/Trapped /False", pdf, StringComparison.Ordinal);
        Assert.Matches(@"/OutputIntents \[ << /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier \(FOGRA39\) /RegistryName \(http://www.color.org\)", pdf);
        Assert.Contains("/TrimBox [", pdf, StringComparison.Ordinal);
        Assert.Contains("/BleedBox [", pdf, StringComparison.Ordinal);

        // DeviceRGB only as the fallback an ICC stream names; no rg/RG operator in any content stream.
        Assert.DoesNotMatch(@"/DeviceRGB\b", pdf.Replace("/Alternate /DeviceRGB", string.Empty, StringComparison.Ordinal));
        var contents = ContentStreams(pdf).ToList();
        Assert.NotEmpty(contents);
        Assert.All(contents, content => Assert.DoesNotMatch(@"(^|\s)(rg|RG)\s", content));
        Assert.Contains(contents, content => content.Contains("/Srgb cs ", StringComparison.Ordinal));
        Assert.Contains("/Subtype /Image", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void None_writes_the_plain_file_with_no_claims_and_no_output_intent()
    {
        using var scratch = new ScratchFolder();

        var (outcome, pdf) = Build(scratch, Repo.SampleManuscript, "--pdf-profile", "press", "--pdf-standard", "none");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("%PDF-1.7\n", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("/OutputIntents", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid:", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfuaid:", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("GTS_PDFXVersion", pdf, StringComparison.Ordinal);
        Assert.Contains("/TrimBox [", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_standard_is_a_usage_error_that_touches_nothing()
    {
        using var scratch = new ScratchFolder();

        var (outcome, _) = Build(scratch, Repo.SampleManuscript, "--pdf-standard", "pdfa");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--pdf-standard takes default or none", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    [Fact]
    public void The_help_names_the_option()
    {
        var outcome = PublishProcess.Run("build", "--help");

        Assert.Contains("--pdf-standard", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_names_the_press_printing_condition_and_its_profile()
    {
        using var scratch = new ScratchFolder();
        var profile = scratch.File(Path.Combine("house", "coated.icc"));
        Directory.CreateDirectory(Path.GetDirectoryName(profile)!);
        File.Copy(Path.Combine(Repo.Root, "src", "Publish.Pdf", "Color", "Profiles", "FOGRA39-Publish.icc"), profile);
        var style = scratch.Write(Path.Combine("house", "style.yaml"), $"{File.ReadAllText(Repo.DefaultStyle)}\npress:\n  output-profile: coated.icc\n  output-condition: FOGRA39L-HOUSE\n");
        RebaseFonts(style);

        var (outcome, pdf) = Build(scratch, Repo.SampleManuscript, "--pdf-profile", "press", "--style", style);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        Assert.Contains("/S /GTS_PDFX /OutputConditionIdentifier (FOGRA39L-HOUSE)", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("(FOGRA39)", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_output_profile_that_is_not_a_cmyk_printer_profile_is_a_style_error_that_touches_nothing()
    {
        using var scratch = new ScratchFolder();
        var profile = scratch.File(Path.Combine("house", "screen.icc"));
        Directory.CreateDirectory(Path.GetDirectoryName(profile)!);
        File.Copy(Path.Combine(Repo.Root, "src", "Publish.Pdf", "Color", "Profiles", "sRGB.icc"), profile);
        var style = scratch.Write(Path.Combine("house", "style.yaml"), $"{File.ReadAllText(Repo.DefaultStyle)}\npress:\n  output-profile: screen.icc\n  output-condition: sRGB\n");
        RebaseFonts(style);
        var lines = File.ReadAllLines(style);
        var line = Array.FindIndex(lines, l => l.Contains("output-profile:", StringComparison.Ordinal)) + 1;

        var (outcome, _) = Build(scratch, Repo.SampleManuscript, "--pdf-profile", "press", "--style", style);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{style}:{line}:19: error PUB2043: press.output-profile 'screen.icc' cannot be used: it is not a CMYK output (printer) profile", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    /// <summary>The default style's font and pattern paths, relative to styles/, made absolute for a copy elsewhere.</summary>
    private static void RebaseFonts(string style)
    {
        var styles = Path.Combine(Repo.Root, "styles");
        var text = RelativeFile().Replace(File.ReadAllText(style), m => $"{m.Groups[1].Value}{Path.Combine(styles, m.Groups[2].Value)}");
        File.WriteAllText(style, text);
    }

    /// <summary>The decompressed content streams: Flate streams whose dictionary is only /Filter and /Length.</summary>
    private static IEnumerable<string> ContentStreams(string pdf)
    {
        foreach (Match match in PlainStream().Matches(pdf))
        {
            var data = Encoding.Latin1.GetBytes(match.Groups[1].Value);
            using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var text = new StreamReader(zlib, Encoding.Latin1);
            var content = text.ReadToEnd();
            if (content.Contains(" Tf\n", StringComparison.Ordinal) || content.Contains(" w 0 J ", StringComparison.Ordinal))
            {
                yield return content;
            }
        }
    }

    [GeneratedRegex(@"<<\s+/Filter /FlateDecode /Length \d+ >>\nstream\n(.*?)\nendstream", RegexOptions.Singleline)]
    private static partial Regex PlainStream();

    [GeneratedRegex(@"(:\s+)((?:fonts|hyphenation)/[^\s#]+)")]
    private static partial Regex RelativeFile();
}
