using SkiaSharp;

namespace Publish.Epub.Images;

/// <summary>
/// How one cover text is set: the Skia font of the title family's face at its size, and the face chain for what that
/// face lacks. A line the face covers entirely, with no right-to-left letter, is measured and drawn by Skia as before
/// issue 16 (Latin covers keep their bytes); any other line is shaped run by run (<see cref="CoverLine"/>).
/// </summary>
internal sealed class CoverTextStyle(SKFont font, CoverFaceChain faces)
{
    public SKFont Font { get; } = font;

    public float Size => Font.Size;

    public float Measure(string line)
    {
        if (IsPlain(line))
        {
            return Font.MeasureText(line);
        }

        using var shaped = CoverLine.Shape(line, faces, Font.Size);
        return shaped.Width;
    }

    public void Draw(SKCanvas canvas, string line, float centre, float y, SKPaint paint)
    {
        if (IsPlain(line))
        {
            canvas.DrawText(line, centre, y, SKTextAlign.Center, Font, paint);
            return;
        }

        using var shaped = CoverLine.Shape(line, faces, Font.Size);
        shaped.Draw(canvas, centre, y, paint);
    }

    private bool IsPlain(string line) =>
        !CoverBidi.HasRightToLeft(line) && line.EnumerateRunes().All(r => faces.First.Covers(r.Value));
}
