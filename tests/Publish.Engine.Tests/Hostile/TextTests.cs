using PdfLetter = UglyToad.PdfPig.Content.Letter;
using System.Text;
using Publish.Model.Diagnostics;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7 row 3: broken text, through the real CLI.</summary>
public sealed class TextTests
{
    private static readonly byte[] Head = "---\ntitle: Text\n---\n\n"u8.ToArray();

    [Fact]
    public void Invalid_utf8_is_an_error_with_line_column_and_byte()
    {
        using var build = new HostileBuild();
        var bytes = Head.Concat("Good line.\n\nBad "u8.ToArray()).Concat(new byte[] { 0xC3, 0x28 }).Concat(" here.\n"u8.ToArray()).ToArray();
        var path = build.WriteBytes("a.md", bytes);

        var outcome = build.Build(path);

        var message = HostileAssert.Refused(build, outcome, path, DiagnosticCodes.InvalidUtf8, 7);
        Assert.Contains($"{path}:7:5: error", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("0xC3", message, StringComparison.Ordinal);
        Assert.Contains("byte offset 37", message, StringComparison.Ordinal);
    }

    /// <summary>Code points, not strings: xunit would turn a lone surrogate in a string argument into U+FFFD.</summary>
    public static TheoryData<string, int> NonText() => new()
    {
        { "NUL", 0x00 },
        { "bell", 0x07 },
        { "escape", 0x1B },
        { "DEL", 0x7F },
        { "C1", 0x85 },
        { "lone high surrogate", 0xD800 },
        { "lone low surrogate", 0xDC00 },
        { "U+FFFE", 0xFFFE },
        { "U+FFFF", 0xFFFF },
    };

    [Theory]
    [MemberData(nameof(NonText))]
    public void Non_text_characters_are_replaced_with_a_warning(string kind, int codePoint)
    {
        using var build = new HostileBuild();
        var body = Encoding.UTF8.GetBytes("First.\n\nBefore").Concat(Wtf8(codePoint)).Concat("after.\n"u8.ToArray());
        var path = build.WriteBytes("a.md", [.. Head, .. body]);

        var outcome = build.Build(path);

        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            // Encoded surrogates are invalid UTF-8 (RFC 3629): an error at the byte, not a replacement.
            HostileAssert.Refused(build, outcome, path, DiagnosticCodes.InvalidUtf8, 7);
            Assert.Contains($"{path}:7:7: error", outcome.StandardError, StringComparison.Ordinal);
            return;
        }

        _ = kind;
        HostileAssert.Warned(build, outcome, path, DiagnosticCodes.ControlCharacterReplaced, 7);
        HostileAssert.FailsUnderStrict(build, path, DiagnosticCodes.ControlCharacterReplaced);
    }

    /// <summary>BOM, CRLF and lone CR give byte-identical editions to plain LF (same name, fixed build date).</summary>
    [Fact]
    public void Bom_crlf_and_cr_give_the_same_editions_as_lf()
    {
        const string text = "---\ntitle: Line ends\nauthor: Someone\n---\n\nA paragraph\nover two lines.[^1]\n\n> A quote.\n\n[^1]: A note\n    continued.\n";
        var variants = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["lf"] = Encoding.UTF8.GetBytes(text),
            ["bom"] = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            ["crlf"] = Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ["cr"] = Encoding.UTF8.GetBytes(text.Replace('\n', '\r')),
        };
        var editions = new Dictionary<string, (byte[] Pdf, byte[] Epub)>(StringComparer.Ordinal);
        foreach (var (name, bytes) in variants)
        {
            using var build = new HostileBuild();
            var path = build.WriteBytes("book.md", bytes);
            var outcome = build.Build(path);
            Assert.True(outcome.ExitCode == 0, $"{name}: exit {outcome.ExitCode}\n{outcome.StandardError}");
            editions[name] = (File.ReadAllBytes(build.Edition(path, ".pdf")), File.ReadAllBytes(build.Edition(path, ".epub")));
        }

        foreach (var name in new[] { "bom", "crlf", "cr" })
        {
            Assert.True(editions["lf"].Pdf.AsSpan().SequenceEqual(editions[name].Pdf), $"{name}: PDF differs from LF");
            Assert.True(editions["lf"].Epub.AsSpan().SequenceEqual(editions[name].Epub), $"{name}: EPUB differs from LF");
        }
    }

    /// <summary>A 300-letter word and a 300-character URL are broken so that no glyph passes the right edge of the justified lines.</summary>
    [Fact]
    public void A_word_or_url_longer_than_the_line_stays_inside_the_margin()
    {
        using var build = new HostileBuild();
        var normal = string.Concat(Enumerable.Repeat("The harbour was quiet that evening and the boats lay still. ", 12));
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 30));
        var url = "https://example.org/" + string.Concat(Enumerable.Repeat("segment/", 35));
        var path = build.Write("a.md", $"---\ntitle: Long\n---\n\n{normal}\n\nA {word} word.\n\nSee {url} now.\n\n{normal}\n");

        var outcome = build.Build(path);

        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        using var pdf = PdfDocument.Open(build.Edition(path, ".pdf"));
        var normalWords = normal.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        // Letters and figures only: punctuation and hyphens at a line's end hang into the margin on purpose (protrusion,
        // styles/README.md `microtype`); a word or URL running over would show in its letters.
        static bool Letter(PdfLetter l) => l.Value.Length > 0 && char.IsLetterOrDigit(l.Value[0]);
        var margin = words.Where(w => normalWords.Contains(w.Text)).SelectMany(w => w.Letters).Where(Letter).Max(l => l.BoundingBox.Right);
        // Ink only: a URL broken at a line end carries an invisible space glyph there (its text U+00AD, so the URL
        // reads back whole), which has no outline (an empty box) and may sit past the last letter.
        var rightmost = words.SelectMany(w => w.Letters).Where(l => l.BoundingBox.Height > 0.01 && Letter(l)).Max(l => l.BoundingBox.Right);
        Assert.True(rightmost <= margin + 1, $"a glyph reaches x={rightmost:F1}; justified text ends at x={margin:F1}");
    }

    /// <summary>The code point's bytes in the UTF-8 bit pattern, surrogates included (which UTF-8 itself forbids).</summary>
    private static byte[] Wtf8(int c) => c switch
    {
        < 0x80 => [(byte)c],
        < 0x800 => [(byte)(0xC0 | (c >> 6)), (byte)(0x80 | (c & 0x3F))],
        _ => [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))],
    };
}
