using System.Collections.Immutable;
using HarfBuzzSharp;
using Publish.Typesetting.Frames;
using Buffer = HarfBuzzSharp.Buffer;

namespace Publish.Pdf.Tests.Support;

/// <summary>
/// A real font file shaped with HarfBuzz, standing in for the typesetter: gives a <see cref="FontResource"/>
/// and glyph runs with the shaper's glyph ids, advances and cluster texts (ligatures included).
/// </summary>
internal sealed class TestFont : IDisposable
{
    private readonly Blob blob;
    private readonly Face face;
    private readonly Font font;

    public TestFont(string path)
    {
        var bytes = File.ReadAllBytes(path);
        blob = Blob.FromFile(path);
        face = new Face(blob, 0);
        font = new Font(face);
        font.SetScale(face.UnitsPerEm, face.UnitsPerEm);
        font.TryGetHorizontalFontExtents(out var extents);
        var isCff = face.Tables.Contains(Tag.Parse("CFF "));
        var upem = face.UnitsPerEm;
        var metrics = new FontMetrics(
            extents.Ascender, extents.Descender, (int)(upem * 0.7), (int)(upem * 0.5),
            -upem / 2, extents.Descender, upem * 3 / 2, extents.Ascender,
            0, IsSerif: true, IsItalic: false, IsBold: false, IsFixedPitch: false);
        Resource = new FontResource(
            Path.GetFileNameWithoutExtension(path), bytes, 0, isCff, upem, metrics, glyph => font.GetHorizontalGlyphAdvance(glyph));
    }

    public FontResource Resource { get; }

    public int UnitsPerEm => face.UnitsPerEm;

    /// <summary>Shapes <paramref name="text"/> (left to right) into a run whose pen starts at (x, baseline).</summary>
    public GlyphRun Shape(string text, double size, double x, double baseline, RgbColor? color = null)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var clusterStarts = infos.ToArray().Select(i => (int)i.Cluster).Append(text.Length).Distinct().Order().ToList();
        var scale = size / face.UnitsPerEm;
        var glyphs = ImmutableArray.CreateBuilder<PositionedGlyph>();
        var pen = 0.0;
        var previousCluster = -1;
        for (var i = 0; i < infos.Length; i++)
        {
            var cluster = (int)infos[i].Cluster;
            var clusterText = string.Empty;
            if (cluster != previousCluster)
            {
                var next = clusterStarts[clusterStarts.IndexOf(cluster) + 1];
                clusterText = text[cluster..next];
                previousCluster = cluster;
            }

            glyphs.Add(new PositionedGlyph(
                (ushort)infos[i].Codepoint, (pen + positions[i].XOffset) * scale, -positions[i].YOffset * scale, clusterText));
            pen += positions[i].XAdvance;
        }

        return new GlyphRun(Resource, size, x, baseline, color ?? RgbColor.Black, glyphs.ToImmutable());
    }

    /// <summary>The run's total advance in points (where the next run would start).</summary>
    public double Advance(string text, double size)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        var total = 0;
        foreach (var position in buffer.GetGlyphPositionSpan())
        {
            total += position.XAdvance;
        }

        return total * size / face.UnitsPerEm;
    }

    public void Dispose()
    {
        font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
