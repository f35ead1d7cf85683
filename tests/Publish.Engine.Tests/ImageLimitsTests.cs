using System.Reflection;
using Publish.Epub;
using Publish.Imaging;
using Publish.Manuscript;
using Publish.Pdf;
using Publish.Styles;
using Publish.Typesetting.Layout;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 15: one set of image limits, in <see cref="ImageLimits"/>, for the reader's check, the PDF's decoder and
/// the EPUB's processor. There were three pixel limits, and they disagreed (50 M, 50 M, 60 M): a photo the reader
/// accepted could be left out of one edition only. Read from the compiled assemblies, so a limit of its own added to
/// any stage fails here.
/// </summary>
public sealed class ImageLimitsTests
{
    private static readonly Assembly[] PublishAssemblies =
    [
        typeof(Publisher).Assembly, typeof(ManuscriptReader).Assembly, typeof(Model.Document).Assembly, typeof(HouseStyle).Assembly,
        typeof(PrintLayout).Assembly, typeof(PdfWriter).Assembly, typeof(EpubWriter).Assembly, typeof(ImageLimits).Assembly,
    ];

    [Fact]
    public void The_pixel_limit_is_declared_once_in_imaging()
    {
        var declared = PublishAssemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => f.IsLiteral && f.Name.Contains("Pixel", StringComparison.OrdinalIgnoreCase))
                .Select(f => t.FullName + "." + f.Name)
                .Concat(t.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .Where(p => p.Name.StartsWith("MaxImage", StringComparison.Ordinal) && p.Name.Contains("Pixel", StringComparison.Ordinal))
                    .Select(p => t.FullName + "." + p.Name)))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["Publish.Imaging.ImageLimits.MaxPixels"], declared);
        Assert.Equal(50_000_000, ImageLimits.MaxPixels);
    }

    /// <summary>The one image-file byte limit is the one the writers open images within.</summary>
    [Fact]
    public void The_byte_limit_is_the_one_inputs_are_opened_within_and_the_epub_has_none_of_its_own()
    {
        Assert.Equal(Model.Input.InputFileLimits.MaxImageBytes, ImageLimits.MaxBytes);
        Assert.Null(typeof(Publish.Epub.EpubWriterOptions).GetProperty("MaxImageBytes"));
        Assert.Null(typeof(Publish.Epub.EpubWriterOptions).GetProperty("MaxImagePixels"));
    }
}
