using System.Text;
using Publish.Model;

namespace Publish.Manuscript.Tests.Legacy;

/// <summary>Readers never throw on bad input and stay linear on large input.</summary>
public sealed class LegacyRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "\n", "\n\n", " ", "Photo:", "[1]", "[\\[2\\]](#)", "^[3]", "[^x]", "[^x]:", "[", "]", "<", "< <", ">>", "http://", "https://a.org/",
        "word", "Word", ".", "\"", "'", "--", "...", "**", "@h", "E-Mail: a@b.c", "Tel: 1", "© x", "Bibliography", "Notes", "About the Author :",
        "To cite this article:", "SURNAME, Given.", "No.2015 / 26", "March 04", "06550", "İbid", "\t",
    ];

    [Fact]
    public void Random_manuscripts_never_throw_and_every_marker_resolves_to_a_numbered_note()
    {
        var random = new Random(20261126);
        for (var run = 0; run < 2000; run++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 60);
            for (var i = 0; i < length; i++)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
            }

            var (document, diagnostics) = LegacyTestFiles.ReadString(text.ToString());
            if (document is null)
            {
                Assert.True(diagnostics.HasErrors);
                continue;
            }

            _ = StructuralDump.Of(document);
            Assert.Equal(Enumerable.Range(1, document.Notes.Length), document.Notes.Select(n => n.Number));
        }
    }

    [Fact]
    public void A_large_manuscript_reads_in_linear_time()
    {
        var sample = File.ReadAllText(LegacyTestFiles.Path("manuscript", "khojaly-massacre-23rd-anniversary.txt"));
        var bodyStart = sample.IndexOf("Since 1923", StringComparison.Ordinal);
        var bodyEnd = sample.IndexOf("Bibliography", StringComparison.Ordinal);
        var body = sample[bodyStart..bodyEnd];
        var text = new StringBuilder(sample[..bodyStart]);
        for (var i = 0; i < 400; i++)
        {
            text.Append(body);
        }

        // One paragraph of 20,000 short lines: assembled once, not re-copied per line.
        text.Append(string.Concat(Enumerable.Repeat("a wrapped line of a long paragraph\n", 20_000))).Append('\n');
        text.Append(sample[bodyEnd..]);
        var (document, cpu) = ThreadCpuClock.Measure(() => LegacyTestFiles.ReadString(text.ToString()).Document);

        // About 0.6 s of CPU on the 2-core CI machine (with or without the coverage collector); a reader that re-copies
        // the paragraph per line is quadratic in its 20,000 lines and takes minutes.
        Assert.True(cpu < TimeSpan.FromSeconds(10), $"reading {text.Length} characters took {cpu} of CPU");
        Assert.Equal(5, document!.Notes.Length);
    }
}
