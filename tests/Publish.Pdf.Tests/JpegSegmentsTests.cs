using Publish.Imaging;

namespace Publish.Pdf.Tests;

/// <summary>
/// Issue 15: the one JPEG marker walk that the reader's check, the PDF's pass-through header and the EPUB's strip
/// plan share. Each test feeds hand-made marker bytes, so a change to how the walk skips or refuses shows here
/// before it shows as a different diagnostic or edition.
/// </summary>
public sealed class JpegSegmentsTests
{
    [Fact]
    public void Fill_bytes_before_a_marker_are_skipped()
    {
        var (segments, end) = Walk([0xFF, 0xD8, 0xFF, 0xFF, 0xFF, 0xE0, 0x00, 0x04, 0xAA, 0xBB, 0xFF, 0xFF, 0xDA, 0x00, 0x02]);

        Assert.Equal([new JpegSegment(0xE0, 4, 4), new JpegSegment(0xDA, 11, 2)], segments);
        Assert.Equal(JpegWalkEnd.None, end);
    }

    [Fact]
    public void Restart_tem_and_soi_markers_have_no_length_and_do_not_end_the_walk()
    {
        var (segments, end) = Walk([0xFF, 0xD8, 0xFF, 0xD0, 0xFF, 0x01, 0xFF, 0xD7, 0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x03, 0x07, 0xFF, 0xDA, 0x00, 0x02]);

        Assert.Equal(
            [new JpegSegment(0xD0, 2, 0), new JpegSegment(0x01, 4, 0), new JpegSegment(0xD7, 6, 0), new JpegSegment(0xD8, 8, 0), new JpegSegment(0xDB, 10, 3), new JpegSegment(0xDA, 15, 2)],
            segments);
        Assert.All(segments.Take(4), s => Assert.True(s.IsStandalone));
        Assert.Equal(JpegWalkEnd.None, end);
    }

    [Theory]
    [InlineData("FFE1 0010 45786966", JpegWalkEnd.Truncated)] // a length running past the end: nothing of the segment is yielded
    [InlineData("FFD0", JpegWalkEnd.Truncated)] // even a marker without a length needs four bytes
    [InlineData("00DA 0002", JpegWalkEnd.NotAMarker)] // a marker must begin with FF
    public void After_a_sound_segment_the_walk_ends_as_the_next_bytes_say(string next, JpegWalkEnd expected)
    {
        var (segments, end) = Walk([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x02, .. Convert.FromHexString(next.Replace(" ", "", StringComparison.Ordinal))]);

        Assert.Equal([new JpegSegment(0xE0, 2, 2)], segments);
        Assert.Equal(expected, end);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_segment_length_below_two_is_refused(int length)
    {
        var (segments, end) = Walk([0xFF, 0xD8, 0xFF, 0xFE, 0x00, (byte)length, 0xFF, 0xDA, 0x00, 0x02]);

        Assert.Empty(segments);
        Assert.Equal(JpegWalkEnd.BadLength, end);
    }

    [Fact]
    public void A_start_of_scan_ends_the_walk_before_the_data_after_it()
    {
        // What follows the scan header is entropy-coded data, however much it looks like markers.
        var (segments, end) = Walk([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x03, 0x01, 0xFF, 0xE0, 0x00, 0x02, 0x12, 0x34]);

        var scan = Assert.Single(segments);
        Assert.Equal(new JpegSegment(0xDA, 2, 3), scan);
        Assert.Equal(7, scan.End);
        Assert.Equal(JpegWalkEnd.None, end);
    }

    [Fact]
    public void An_end_of_image_ends_the_walk()
    {
        var (segments, end) = Walk([0xFF, 0xD8, 0xFF, 0xD9, 0xFF, 0xE0, 0x00, 0x02]);

        Assert.Equal([new JpegSegment(0xD9, 2, 0)], segments);
        Assert.Equal(JpegWalkEnd.None, end);
    }

    [Fact]
    public void A_segments_body_is_the_bytes_after_its_length_field()
    {
        byte[] file = [0xFF, 0xD8, 0xFF, 0xEE, 0x00, 0x07, .. "Adobe"u8, 0xFF, 0xDA, 0x00, 0x02];
        var walk = JpegSegmentWalk.Of(file);

        Assert.True(walk.MoveNext());
        Assert.Equal("Adobe"u8.ToArray(), walk.Current.Body(file).ToArray());
        Assert.Equal(11, walk.Current.End);
    }

    private static (List<JpegSegment> Segments, JpegWalkEnd End) Walk(byte[] file)
    {
        var segments = new List<JpegSegment>();
        var walk = JpegSegmentWalk.Of(file);
        while (walk.MoveNext())
        {
            segments.Add(walk.Current);
        }

        Assert.False(walk.MoveNext());
        return (segments, walk.End);
    }
}
