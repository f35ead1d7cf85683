using System.Text;
using Publish.Model.Diagnostics;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.InlineConstructs;

/// <summary>
/// A span with <c>lang=tr</c> in an English manuscript hyphenates its words by Turkish rules: every word the PDF breaks
/// at a line end inside such a span breaks between syllables (checked against a syllabification by hand), and somewhere
/// the English patterns, which set the same words without the span, never break them.
/// </summary>
public sealed class SpanLanguageHyphenationTests : IDisposable
{
    /// <summary>Long Turkish words and their syllables, by hand (TDK rules): every place a hyphen may go.</summary>
    private static readonly Dictionary<string, string> Syllables = new(StringComparer.Ordinal)
    {
        ["anlaşmazlıkların"] = "an-laş-maz-lık-la-rın",
        ["değerlendirilmesi"] = "de-ğer-len-di-ril-me-si",
        ["sorumluluğunda"] = "so-rum-lu-lu-ğun-da",
        ["görüşmelerinde"] = "gö-rüş-me-le-rin-de",
        ["bağımsızlığını"] = "ba-ğım-sız-lı-ğı-nı",
        ["araştırmacılar"] = "a-raş-tır-ma-cı-lar",
        ["kahvehanelerinde"] = "kah-ve-ha-ne-le-rin-de",
    };

    private static readonly string[] English = ["the", "archive", "of", "records", "with", "a", "word", "in", "between"];

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Turkish_words_in_a_turkish_span_break_between_syllables_where_english_patterns_would_not()
    {
        var inSpan = HyphenatedTurkishWords(Build(spans: true));
        var plain = HyphenatedTurkishWords(Build(spans: false));

        Assert.True(inSpan.Count >= 5, $"only {inSpan.Count} Turkish words broken at a line end");
        foreach (var (word, at) in inSpan)
        {
            Assert.Contains(at, SplitPoints(Syllables[word]));
        }

        // The same text but for the spans: where the words break differs, because English patterns find fewer of
        // the syllable breaks (sixteen seeded paragraphs, so enough words break at a line end either way to show it).
        Assert.NotEmpty(inSpan.Distinct().Except(plain));
    }

    private string Build(bool spans)
    {
        var random = new Random(20261206);
        var turkish = Syllables.Keys.ToArray();
        var text = new StringBuilder("---\ntitle: \"Spans\"\nlang: en\n---\n\n");
        for (var paragraph = 0; paragraph < 16; paragraph++)
        {
            for (var word = 0; word < 60; word++)
            {
                text.Append(random.Next(3) == 0
                    ? (spans ? $"[{turkish[random.Next(turkish.Length)]}]{{lang=tr}}" : turkish[random.Next(turkish.Length)])
                    : English[random.Next(English.Length)]).Append(' ');
            }

            text.Append("\n\n");
        }

        var name = spans ? "spans.md" : "plain.md";
        var manuscript = _scratch.Write(name, text.ToString());
        var diagnostics = new DiagnosticBag();
        var style = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!;
        var result = Assert.Single(Publisher.Create(style).Build(new BuildRequest([manuscript], _scratch.File("out-" + name), Formats: EditionFormats.Pdf, BuildDate: Editions.BuildDate)).Manuscripts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path;
    }

    /// <summary>Every Turkish word the PDF breaks with a hyphen at a line end, and how many letters stay before the break.</summary>
    private static List<(string Word, int At)> HyphenatedTurkishWords(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var lines = pdf.GetPages()
            .SelectMany(page => page.GetWords()
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList()))
            .ToList();
        var breaks = new List<(string, int)>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var last = lines[i][^1];
            if (last.Length > 1 && last[^1] is '-' or '\u00AD' && char.IsLetter(last[^2]) && Syllables.ContainsKey(last[..^1] + lines[i + 1][0]))
            {
                breaks.Add((last[..^1] + lines[i + 1][0], last.Length - 1));
            }
        }

        return breaks;
    }

    private static HashSet<int> SplitPoints(string syllables)
    {
        var points = new HashSet<int>();
        var length = 0;
        foreach (var syllable in syllables.Split('-')[..^1])
        {
            length += syllable.Length;
            points.Add(length);
        }

        return points;
    }
}
