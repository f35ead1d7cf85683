namespace Publish.Manuscript.Input;

/// <summary>
/// What <see cref="ImageFileInspector"/> found: the format and declared size of a sound image, or the code and
/// reason it is refused (<see cref="ErrorCode"/> non-null). <see cref="Frames"/> is above 1 only for animations.
/// </summary>
public sealed record ImageInspection(string Format, int Width, int Height, int Frames, string? ErrorCode, string? Problem)
{
    public bool IsSound => ErrorCode is null;

    public static ImageInspection Sound(string format, int width, int height, int frames = 1) => new(format, width, height, frames, null, null);

    public static ImageInspection Unreadable(string format, string problem) => new(format, 0, 0, 0, InputDiagnosticCodes.ImageUnreadable, problem);

    public static ImageInspection TooLarge(string format, long width, long height) =>
        new(
            format,
            0,
            0,
            0,
            InputDiagnosticCodes.ImageTooLarge,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it declares {width} × {height} pixels, more than the limit of {InputDiagnosticLimits.MaxImagePixels:N0}"));
}
