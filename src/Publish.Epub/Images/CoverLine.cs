using HarfBuzzSharp;
using SkiaSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace Publish.Epub.Images;

/// <summary>
/// One cover line shaped by HarfBuzz: its runs in visual order (<see cref="CoverBidi"/>), each shaped in its own
/// direction with the script HarfBuzz guesses from its letters (so Arabic joins and Hebrew marks attach), as a Skia
/// text blob of positioned glyphs and its width in pixels.
/// </summary>
internal sealed class CoverLine : IDisposable
{
    private readonly SKTextBlob? _blob;

    private CoverLine(SKTextBlob? blob, float width)
    {
        _blob = blob;
        Width = width;
    }

    public float Width { get; }

    public static CoverLine Shape(string text, CoverFaceChain faces, float size)
    {
        using var builder = new SKTextBlobBuilder();
        var pen = 0f;
        foreach (var run in CoverBidi.VisualRuns(text, faces))
        {
            using var buffer = new HbBuffer();
            buffer.AddUtf16(run.Text);
            buffer.Direction = run.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
            buffer.GuessSegmentProperties();
            run.Face.Shaper.Shape(buffer);
            var infos = buffer.GlyphInfos;
            var positions = buffer.GlyphPositions;
            if (infos.Length == 0)
            {
                continue;
            }

            // HarfBuzz returns a right-to-left run's glyphs already in visual order, left to right.
            var scale = size / run.Face.UnitsPerEm;
            using var font = new SKFont(run.Face.Typeface, size);
            var placed = builder.AllocatePositionedRun(font, infos.Length);
            var glyphs = placed.Glyphs;
            var points = placed.Positions;
            for (var i = 0; i < infos.Length; i++)
            {
                glyphs[i] = (ushort)infos[i].Codepoint;
                points[i] = new SKPoint(pen + (positions[i].XOffset * scale), -positions[i].YOffset * scale);
                pen += positions[i].XAdvance * scale;
            }
        }

        return new CoverLine(builder.Build(), pen);
    }

    /// <summary>Draws the line centred on <paramref name="centre"/> with its baseline at <paramref name="y"/>.</summary>
    public void Draw(SKCanvas canvas, float centre, float y, SKPaint paint)
    {
        if (_blob is not null)
        {
            canvas.DrawText(_blob, centre - (Width / 2), y, paint);
        }
    }

    public void Dispose() => _blob?.Dispose();
}
