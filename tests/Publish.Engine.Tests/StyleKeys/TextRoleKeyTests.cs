using System.Globalization;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): <c>text.&lt;role&gt;.family</c>, <c>face</c>, <c>size</c>,
/// <c>leading</c> and <c>color</c> for every role, read back from the PDF. Each role's values differ from its default
/// (README's table) in every key, so a key the layout ignored shows as the default's font, size, colour or line gap.
/// </summary>
public sealed class TextRoleKeyTests(RoleStyleBook book) : IClassFixture<RoleStyleBook>
{
    public static TheoryData<string> Roles => [.. RoleStyleBook.Cases.Keys];

    [Theory]
    [MemberData(nameof(Roles))]
    public void Family_face_and_size_set_the_roles_marker_word_in_that_face_at_that_size(string role)
    {
        var wanted = RoleStyleBook.Cases[role];
        var marker = book.MarkerLetters(wanted.Marker);

        Assert.All(marker, l => Assert.EndsWith("+" + wanted.PostScriptName, l.FontName, StringComparison.Ordinal));
        Assert.All(marker, l => Assert.Equal(wanted.PrintedSize, l.PointSize, 0.01));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Color_is_the_fill_of_the_roles_text(string role)
    {
        var wanted = RoleStyleBook.Cases[role];
        var expected = (int.Parse(wanted.Color.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(wanted.Color.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(wanted.Color.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

        Assert.All(book.MarkerLetters(wanted.Marker), l =>
        {
            var (r, g, b) = l.Color.ToRGBValues();
            Assert.Equal(expected, ((int)Math.Round(r * 255), (int)Math.Round(g * 255), (int)Math.Round(b * 255)));
        });
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Leading_is_the_distance_between_the_roles_first_two_baselines(string role)
    {
        var lines = book.LinesOf(role);

        Assert.True(lines.Count >= 2, $"{role}: {lines.Count} line(s) in its font and size; the test needs two");
        Assert.Equal(RoleStyleBook.Cases[role].Leading, Baseline(lines[0]) - Baseline(lines[1]), 0.01);
    }

    public static TheoryData<string> AlignedRoles => [.. RoleStyleBook.Cases.Where(c => c.Value.Align is not null).Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(AlignedRoles))]
    public void Align_sets_the_roles_lines_flush_left_centred_or_to_both_edges(string role)
    {
        var lines = book.LinesOf(role);
        var width = book.Pdf.GetPage(1).Width;
        var (left, right) = (RoleStyleBook.Margin, width - RoleStyleBook.Margin);
        static (double Start, double End) Extent(List<Letter> line) => (line[0].StartBaseLine.X, line[^1].EndBaseLine.X);

        Assert.True(lines.Count >= 2, $"{role}: {lines.Count} line(s); the test needs two");
        switch (RoleStyleBook.Cases[role].Align)
        {
            case "centered":
                Assert.All(lines, l => Assert.Equal(width / 2, (Extent(l).Start + Extent(l).End) / 2, 0.5));
                break;
            case "ragged":
                Assert.All(lines, l => Assert.Equal(left, Extent(l).Start, 0.5));
                Assert.Contains(lines.SkipLast(1), l => Extent(l).End < right - 1);
                break;
            default:
                Assert.All(lines.SkipLast(1), l =>
                {
                    Assert.Equal(left, Extent(l).Start, 0.5);
                    Assert.Equal(right, Extent(l).End, 0.5);
                });
                break;
        }
    }

    private static double Baseline(List<Letter> line) => line[0].StartBaseLine.Y;
}
