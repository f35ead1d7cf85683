namespace Publish.Pdf.Tests.Support;

/// <summary>PUBLISH_PDF_SAMPLE_DIR keeps copies of sample PDFs so a person can look at them (pdftoppm, a viewer).</summary>
internal static class Samples
{
    public static void KeepWhenAsked(string name, byte[] pdf)
    {
        var folder = Environment.GetEnvironmentVariable("PUBLISH_PDF_SAMPLE_DIR");
        if (!string.IsNullOrEmpty(folder))
        {
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }
}
