using Publish.Manuscript.Markdown;

namespace Publish.Manuscript.Tests.Markdown;

/// <summary>
/// The guard weighs a block line by line (its work is largest at a line's end); with small budgets it must
/// refuse exactly the block that a weighing at every character refuses.
/// </summary>
public sealed class LinkRunGuardTests
{
    [Fact]
    public void Weighing_by_line_refuses_the_block_weighing_by_character_refuses()
    {
        var random = new Random(17);
        char[] alphabet = ['a', ' ', '\t', '\n', '\n', ']', '(', ']', '('];
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 150)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var start = random.Next(0, Math.Max(1, text.Length));
            var budget = random.Next(1, 400);

            Assert.Equal(FirstOverfullBlockByCharacter(text, start, budget), LinkRunGuard.FirstOverfullBlock(text, start, budget));
        }
    }

    [Fact]
    public void A_long_paragraph_of_links_is_refused_at_its_first_line_and_prose_is_not()
    {
        var links = string.Concat(Enumerable.Repeat("[a](", 20_000));
        var text = "Prose.\n\n" + links + "\nmore\n\nNext.";

        Assert.Equal(8, LinkRunGuard.FirstOverfullBlock(text, 0));
        Assert.Null(LinkRunGuard.FirstOverfullBlock(string.Concat(Enumerable.Repeat("A sentence [with](a link).\n", 2_000)), 0));
    }

    private static int? FirstOverfullBlockByCharacter(string text, int start, long budget)
    {
        var blockStart = start;
        var openers = 0L;
        var lineHasText = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (!lineHasText)
                {
                    blockStart = i + 1;
                    openers = 0;
                }

                lineHasText = false;
                continue;
            }

            lineHasText |= c is not (' ' or '\t');
            openers += c == ']' && i + 1 < text.Length && text[i + 1] == '(' ? 1 : 0;
            if (openers > 0 && openers * (i - blockStart + 1) > budget)
            {
                return blockStart;
            }
        }

        return null;
    }
}
