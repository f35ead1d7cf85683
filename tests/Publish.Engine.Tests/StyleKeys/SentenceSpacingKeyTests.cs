namespace Publish.Engine.Tests.StyleKeys;

/// <summary>
/// Issue 18 (every style key has a test showing its effect): <c>typography.sentence-spacing</c>. A paragraph of one
/// line (the last line of a justified paragraph: its spaces at their natural width) with sentence ends and word spaces:
/// with <c>single</c> the
/// space after a full stop is a word space; with <c>wide</c> it is a third wider (styles/README.md), but not after an
/// abbreviation.
/// </summary>
public sealed class SentenceSpacingKeyTests
{
    [Theory]
    [InlineData("single", 1.0)]
    [InlineData("wide", 4.0 / 3)]
    public void Sentence_spacing_sets_the_space_after_a_full_stop_against_a_word_space(string spacing, double ratio)
    {
        const string Text = "Alpha ends here. Beta starts now. See No. 822 here. Delta.";
        using var book = KeyedPdf.Build($"---\ntitle: Spaces\nlang: en\n---\n\n{Text}\n", $"typography:\n  sentence-spacing: {spacing}\n");

        var words = book.Pdf.GetPage(1).GetWords().ToList();
        double Gap(string left) => GapAfter(words, left);
        var wordSpace = Gap("Alpha");

        Assert.Equal(wordSpace, Gap("ends"), 0.05);
        Assert.Equal(wordSpace * ratio, Gap("here."), 0.1);
        Assert.Equal(wordSpace * ratio, Gap("now."), 0.1);

        // After an abbreviation that introduces a number the space stays a word space.
        Assert.Equal(wordSpace, Gap("No."), 0.05);
    }

    /// <summary>From the end of the first word <paramref name="left"/> to the start of the word after it on its line.</summary>
    private static double GapAfter(List<UglyToad.PdfPig.Content.Word> words, string left)
    {
        var index = words.FindIndex(w => w.Text == left);
        Assert.True(index >= 0 && index + 1 < words.Count, $"{left} is not followed by a word");
        var next = words[index + 1];
        Assert.Equal(words[index].Letters[0].StartBaseLine.Y, next.Letters[0].StartBaseLine.Y, 0.1);
        return next.Letters[0].StartBaseLine.X - words[index].Letters[^1].EndBaseLine.X;
    }
}
