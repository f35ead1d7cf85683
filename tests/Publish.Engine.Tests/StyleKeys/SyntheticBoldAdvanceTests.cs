namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18: a bold imitated from a family's regular face (a stroke of 1/28 em around each outline, styles/README.md
/// <c>fonts</c>) advances by the widened glyphs, so its letters do not run into each other nor into the next word. A
/// PDF reader's letter box is the font's own advance; the stroke reaches half its width past each side of it, so the
/// letters of a stroked word must stand the stroke's width apart, where a real bold face's letters touch.
/// </summary>
public sealed class SyntheticBoldAdvanceTests
{
    [Theory]
    [InlineData("Sans Four", true)]
    [InlineData("Noto Sans", false)]
    public void Letters_of_an_imitated_bold_stand_the_strokes_width_apart_and_a_real_bolds_touch(string family, bool synthesized)
    {
        using var book = KeyedPdf.Build(
            "---\ntitle: Heavy\nlang: en\n---\n\nUpright **minimum nimbus** after.\n",
            $"  Sans Four:\n    regular: \"{Hostile.HostileStyle.Shipped("NotoSans-Regular.ttf")}\"\ntext:\n  body: {{family: {family}, size: 14pt, align: ragged}}\n");

        var stroke = 14.0 / 28;
        foreach (var text in new[] { "minimum", "nimbus" })
        {
            var letters = book.Word(text).Word.Letters;
            Assert.Equal(synthesized ? "NotoSans-Regular" : "NotoSans-Bold", letters[0].FontName![(letters[0].FontName!.IndexOf('+', StringComparison.Ordinal) + 1)..]);
            for (var i = 1; i < letters.Count; i++)
            {
                var gap = letters[i].StartBaseLine.X - letters[i - 1].EndBaseLine.X;
                Assert.Equal(synthesized ? stroke : 0, gap, 0.02);
            }
        }

        // The word space after the bold word is a whole word space clear of the stroke too.
        var nimbus = book.Word("nimbus").Word;
        var after = book.Word("after.").Word;
        var upright = book.Word("Upright").Word;
        var minimum = book.Word("minimum").Word;
        var space = minimum.Letters[0].StartBaseLine.X - upright.Letters[^1].EndBaseLine.X;
        Assert.True(after.Letters[0].StartBaseLine.X - nimbus.Letters[^1].EndBaseLine.X >= space - 0.02 + (synthesized ? stroke : 0) - 0.02,
            "the word after the bold word starts inside its stroke");
    }
}
