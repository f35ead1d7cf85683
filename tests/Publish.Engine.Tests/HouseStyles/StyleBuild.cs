using System.IO.Compression;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.HouseStyles;

/// <summary>Builds a manuscript with a style through the real <c>publish</c> process and reads both editions back.</summary>
internal sealed record StyleBuild(PublishProcess.Outcome Outcome, string Output, string Manuscript)
{
    /// <summary>A fixed build date (2027-01-15) unless the caller gives another.</summary>
    public const string DefaultEpoch = "1800000000";

    public static StyleBuild Run(ScratchFolder scratch, string manuscript, string style, string epoch = DefaultEpoch, IReadOnlyDictionary<string, string>? environment = null, params string[] extra)
    {
        var output = scratch.File("out-" + Guid.NewGuid().ToString("N")[..8]);
        var variables = new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = epoch };
        string[] arguments = ["build", manuscript, "-o", output, "--style", style, "-q", "--force", .. extra];
        return new StyleBuild(PublishProcess.Run(scratch.Path, variables, arguments), output, manuscript);
    }

    public string PdfPath => Path.Combine(Output, Path.GetFileNameWithoutExtension(Manuscript) + ".pdf");

    public string EpubPath => Path.Combine(Output, Path.GetFileNameWithoutExtension(Manuscript) + ".epub");

    /// <summary>The most common glyph size on page 1 (the body's), rounded to a tenth of a point.</summary>
    public double BodySize()
    {
        using var pdf = PdfDocument.Open(PdfPath);
        return pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.PointSize, 1))
            .MaxBy(g => g.Count())!.Key;
    }

    /// <summary>The text of every page of the PDF, as PdfPig reads it (words joined by spaces).</summary>
    public string PdfText()
    {
        using var pdf = PdfDocument.Open(PdfPath);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>The font names of the words of page 1's body (the most common font there).</summary>
    public string BodyFontName()
    {
        using var pdf = PdfDocument.Open(PdfPath);
        return pdf.GetPage(1).Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => l.FontName ?? string.Empty)
            .MaxBy(g => g.Count())!.Key;
    }

    /// <summary>The EPUB's colophon XHTML, or an empty string when the book has none.</summary>
    public string Colophon()
    {
        using var zip = ZipFile.OpenRead(EpubPath);
        var entry = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("colophon.xhtml", StringComparison.Ordinal));
        if (entry is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
