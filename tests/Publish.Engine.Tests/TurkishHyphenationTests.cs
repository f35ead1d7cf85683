using System.Text;
using Publish.Model.Diagnostics;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests;

/// <summary>
/// A Turkish text is hyphenated at its syllables in the print edition, with no pattern file shipped for it: each
/// word the PDF breaks at a line end is checked against a syllabification written out by hand. The same text
/// declared in a language Publish cannot hyphenate is set without a single hyphen and says so once.
/// </summary>
public sealed class TurkishHyphenationTests : IDisposable
{
    /// <summary>Long Turkish words and their syllables, by hand (TDK rules): every place a hyphen may go.</summary>
    private static readonly Dictionary<string, string> Syllables = new(StringComparer.Ordinal)
    {
        ["Cumhurbaşkanlığı"] = "Cum-hur-baş-kan-lı-ğı",
        ["anlaşmazlıkların"] = "an-laş-maz-lık-la-rın",
        ["değerlendirilmesi"] = "de-ğer-len-di-ril-me-si",
        ["uluslararası"] = "u-lus-la-ra-ra-sı",
        ["sorumluluğunda"] = "so-rum-lu-lu-ğun-da",
        ["görüşmelerinde"] = "gö-rüş-me-le-rin-de",
        ["Azerbaycan"] = "A-zer-bay-can",
        ["İstanbul"] = "İs-tan-bul",
        ["bağımsızlığını"] = "ba-ğım-sız-lı-ğı-nı",
        ["araştırmacılar"] = "a-raş-tır-ma-cı-lar",
    };

    private static readonly string[] ShortWords = ["ve", "bu", "ile", "için", "olan", "çok", "da", "bir"];

    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void A_turkish_text_breaks_only_between_syllables_and_needs_no_pattern_file()
    {
        var (result, pdf) = Build("tr");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PUB3002");
        var breaks = HyphenatedWords(pdf);
        Assert.True(breaks.Count >= 5, $"only {breaks.Count} hyphenated line ends in a page of long Turkish words");
        foreach (var (before, after) in breaks)
        {
            var word = before + after.TrimEnd('.', ',');
            Assert.True(Syllables.TryGetValue(word, out var syllables), $"'{before}-{after}' does not join into a word of the text");
            var allowed = SplitPoints(syllables!).Where(p => p >= 2 && p <= word.Length - 3);
            Assert.Contains(before.Length, allowed);
        }
    }

    [Fact]
    public void The_same_text_in_a_language_without_patterns_is_set_without_hyphens_and_says_so()
    {
        var (result, pdf) = Build("ka");

        Assert.Single(result.Diagnostics, d => d.Code == "PUB3002");
        Assert.Empty(HyphenatedWords(pdf));
    }

    private (ManuscriptResult Result, string Pdf) Build(string language)
    {
        var random = new Random(20261205);
        var words = Syllables.Keys.Concat(ShortWords).ToArray();
        var text = new StringBuilder($"---\ntitle: \"Hece Sınaması\"\nlang: {language}\n---\n\n");
        for (var paragraph = 0; paragraph < 8; paragraph++)
        {
            for (var sentence = 0; sentence < 4; sentence++)
            {
                var sentenceWords = Enumerable.Range(0, 9).Select(_ => words[random.Next(words.Length)]).ToArray();
                text.Append(string.Join(' ', sentenceWords)).Append(". ");
            }

            text.Append("\n\n");
        }

        var manuscript = _scratch.Write("hece.md", text.ToString());
        var diagnostics = new DiagnosticBag();
        var house = StyleResolver.Load(Repo.DefaultStyle, diagnostics)!;
        // Hyphens free and letters fixed, so the page breaks many words whatever the house style's levers
        // (its 4 % expansion sets most of this page without a hyphen): the test is about where they fall.
        var style = house with
        {
            Hyphenation = house.Hyphenation with { Penalty = 0 },
            Microtype = house.Microtype with { Expansion = 0 },
        };
        var result = Assert.Single(Publisher.Create(style).Build(new BuildRequest([manuscript], _scratch.File("out"), BuildDate: Editions.BuildDate)).Manuscripts);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, result.Outputs.Single(o => o.Format == EditionFormats.Pdf).Path);
    }

    /// <summary>The two halves of every word the PDF breaks with a hyphen at a line end, in reading order.</summary>
    private static List<(string Before, string After)> HyphenatedWords(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var lines = pdf.GetPages()
            .SelectMany(page => page.GetWords()
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text).ToList()))
            .ToList();
        var breaks = new List<(string, string)>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var last = lines[i][^1];
            if (last.Length > 1 && last[^1] is '-' or '\u00AD' && char.IsLetter(last[^2]))
            {
                breaks.Add((last[..^1], lines[i + 1][0]));
            }
        }

        return breaks;
    }

    private static IEnumerable<int> SplitPoints(string syllables)
    {
        var length = 0;
        foreach (var syllable in syllables.Split('-')[..^1])
        {
            length += syllable.Length;
            yield return length;
        }
    }
}
