using System.Collections.Immutable;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests.Support;

/// <summary>Small frame documents for the tests: A5 pages, fixed metadata.</summary>
internal static class Documents
{
    public const double A5Width = 419.53, A5Height = 595.28;

    public static DocumentInfo Info { get; } = new(
        "Şehir ve Bellek: A Test",
        ["Ayşe Yılmaz", "John Smith"],
        "Writer tests",
        ["printing", "PDF"],
        "tr-TR",
        new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.Zero),
        "Publish test");

    public static PageFrame Page(params FrameItem[] items) => Page(0, items);

    public static PageFrame Page(double bleed, params FrameItem[] items) =>
        new(A5Width, A5Height, bleed, "1", [.. items]);

    public static PagedDocument Of(params PageFrame[] pages) => new([.. pages], Info, []);

    public static PagedDocument Of(ImmutableArray<OutlineEntry> outline, params PageFrame[] pages) => new([.. pages], Info, outline);
}
