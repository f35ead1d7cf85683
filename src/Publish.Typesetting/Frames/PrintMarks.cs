namespace Publish.Typesetting.Frames;

/// <summary>
/// Printer's marks outside the bleed: with <see cref="CropMarks"/> the MediaBox grows by
/// <see cref="MarkArea"/> points beyond the BleedBox on every side and crop marks are drawn there (as artifacts),
/// aligned with the trim edges and starting <see cref="Offset"/> points outside the bleed so they never print
/// on the trimmed page.
/// </summary>
public sealed record PrintMarks(bool CropMarks, double MarkArea, double Offset, double Thickness)
{
    public static PrintMarks None { get; } = new(false, 0, 0, 0);

    /// <summary>Crop marks 3 pt outside the bleed, 12 pt long, hairline 0.25 pt (registration black).</summary>
    public static PrintMarks Crop { get; } = new(true, 18, 3, 0.25);
}
