using System.Text;
using Publish.Model.Text;

namespace Publish.Model.Tests;

/// <summary>The set of characters a book draws: in order, each once, the same whether read from text or from UTF-8.</summary>
public sealed class CodePointSetTests
{
    [Fact]
    public void Gives_each_code_point_once_in_order_across_the_words_of_the_bmp_and_beyond()
    {
        var set = new CodePointSet();
        set.AddAll("zA\u00E9\uFFFD\u05D0\uD835\uDC00 ?\u0000");
        Assert.True(set.Add(0x40));
        Assert.False(set.Add('A'));
        Assert.False(set.Add(0x1D400));
        Assert.True(set.Add(char.MaxValue));
        Assert.Equal([0x0, 0x20, 0x3F, 0x40, 0x41, 0x7A, 0xE9, 0x5D0, 0xFFFD, 0xFFFF, 0x1D400], set.Ordered());
    }

    [Fact]
    public void Skips_an_unpaired_surrogate()
    {
        var set = new CodePointSet();
        set.AddAll("a\uD800b\uDC00");
        Assert.Equal(['a', 'b'], set.Ordered());
    }

    [Theory]
    [InlineData("<p lang=\"he\">\u05E9\u05DC\u05D5\u05DD — \u00AB\u0413\u0440\u0443\u0437\u0438\u044F\u00BB \uD83D\uDE00 \u10D0</p>")]
    [InlineData("plain ASCII only, 0-9 ~")]
    [InlineData("")]
    public void Reads_utf8_in_place_as_the_decoded_text(string text)
    {
        var fromText = new CodePointSet();
        fromText.AddAll(text);
        var fromBytes = new CodePointSet();
        fromBytes.AddAllUtf8(Encoding.UTF8.GetBytes(text));
        Assert.Equal(fromText.Ordered(), fromBytes.Ordered());
    }

    [Fact]
    public void Skips_an_ill_formed_utf8_sequence_and_reads_on()
    {
        var set = new CodePointSet();
        set.AddAllUtf8([(byte)'a', 0xC3, (byte)'b', 0xFF, 0xE2, 0x80, 0x94]);
        Assert.Equal(['a', 'b', 0x2014], set.Ordered());
    }
}
