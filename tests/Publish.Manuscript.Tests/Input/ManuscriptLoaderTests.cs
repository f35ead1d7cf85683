using System.Text;
using Publish.Manuscript.Input;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript.Tests.Input;

public sealed class ManuscriptLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-loader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Bom_crlf_and_cr_give_the_same_text_as_lf()
    {
        var lf = Encoding.UTF8.GetBytes("Title\n\nŞanlıurfa and İstanbul.\n");
        var crlf = Encoding.UTF8.GetBytes("Title\r\n\r\nŞanlıurfa and İstanbul.\r\n");
        var cr = Encoding.UTF8.GetBytes("Title\r\rŞanlıurfa and İstanbul.\r");
        byte[] bom = [0xEF, 0xBB, 0xBF, .. crlf];

        var texts = new[] { lf, crlf, cr, bom }
            .Select((bytes, i) => ManuscriptLoader.Load(WriteBytes($"m{i}.txt", bytes), null, new DiagnosticBag())!.Text)
            .ToList();

        Assert.All(texts, text => Assert.Equal("Title\n\nŞanlıurfa and İstanbul.\n", text));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_line_and_byte()
    {
        // Line 3 holds a windows-1254 'ş' (0xFE), which is never valid in UTF-8.
        var path = WriteBytes("bad.txt", [.. Encoding.UTF8.GetBytes("one\ntwo\nka"), 0xFE, .. Encoding.UTF8.GetBytes("k\n")]);
        var diagnostics = new DiagnosticBag();

        var text = ManuscriptLoader.Load(path, null, diagnostics);

        Assert.Null(text);
        var error = Assert.Single(diagnostics.ToImmutableSorted());
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(DiagnosticCodes.InvalidUtf8, error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.Equal(3, error.Span.Column);
        Assert.Contains("byte 0xFE at byte offset 10", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_code_page_decodes_turkish_text()
    {
        var path = WriteBytes("cp.txt", [.. Encoding.ASCII.GetBytes("ka"), 0xFE, .. Encoding.ASCII.GetBytes("k "), 0xDD, .. Encoding.ASCII.GetBytes("stanbul")]);

        var text = ManuscriptLoader.Load(path, "windows-1254", new DiagnosticBag());

        Assert.Equal("kaşk İstanbul", text!.Text);
    }

    [Fact]
    public void An_unknown_encoding_is_an_error()
    {
        var path = WriteBytes("x.txt", Encoding.ASCII.GetBytes("x"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(ManuscriptLoader.Load(path, "no-such-encoding", diagnostics));
        Assert.Equal(DiagnosticCodes.UnknownEncoding, Assert.Single(diagnostics.ToImmutableSorted()).Code);
    }

    [Fact]
    public void Control_characters_and_noncharacters_are_replaced_with_a_warning_at_their_position()
    {
        var diagnostics = new DiagnosticBag();

        var text = ManuscriptLoader.FromString("m.txt", "ok\nA\0B\u0007C\uFFFFD\tE", diagnostics);

        Assert.Equal("ok\nA B C D\tE", text.Text);
        var warnings = diagnostics.ToImmutableSorted();
        Assert.Equal(3, warnings.Length);
        Assert.All(warnings, w => Assert.Equal(DiagnosticCodes.ControlCharacterReplaced, w.Code));
        Assert.Equal([(2, 2), (2, 4), (2, 6)], warnings.Select(w => (w.Span.Line, w.Span.Column)));
    }

    [Fact]
    public void Lone_surrogates_are_replaced_but_pairs_are_kept()
    {
        var diagnostics = new DiagnosticBag();

        var text = ManuscriptLoader.FromString("m.txt", "a\uD800b \U0001F600", diagnostics);

        Assert.Equal("a b \U0001F600", text.Text);
        Assert.Single(diagnostics.ToImmutableSorted());
    }

    /// <summary>
    /// The loader copies the stretches between characters to clean in bulk; reading character by character,
    /// as this reference does, gives the same text and the same warnings at the same lines and columns.
    /// </summary>
    [Fact]
    public void Cleaning_agrees_with_a_character_by_character_reading()
    {
        var random = new Random(5);
        char[] alphabet = ['a', 'ş', 'é', ' ', '\t', '\n', '\n', '\r', '\0', '\u0007', '\u007F', '\u0085', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00'];
        for (var n = 0; n < 3_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var diagnostics = new DiagnosticBag();

            var cleaned = ManuscriptLoader.FromString("m.txt", text, diagnostics);

            var (expectedText, expectedWarnings) = CleanOneByOne(text);
            Assert.Equal(expectedText, cleaned.Text);
            Assert.Equal(expectedWarnings.Order(), diagnostics.ToImmutableSorted().Select(w => (w.Span.Line, w.Span.Column, w.Message)).Order());
        }
    }

    private static (string Text, List<(int Line, int Column, string Message)> Warnings) CleanOneByOne(string text)
    {
        var clean = new StringBuilder();
        var warnings = new List<(int, int, string)>();
        var (line, column, replaced) = (1, 1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                clean.Append('\n');
                (line, column) = (line + 1, 1);
                continue;
            }

            var unpaired = (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (c != '\t' && (c < 0x20 || c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF' || unpaired))
            {
                if (++replaced <= 20)
                {
                    warnings.Add((line, column, $"character U+{(int)c:X4} is not text and was replaced by a space"));
                }

                c = ' ';
            }

            clean.Append(c);
            column++;
        }

        if (replaced > 20)
        {
            var whole = Publish.Model.SourceSpan.WholeFile("m.txt");
            warnings.Add((whole.Line, whole.Column, $"{replaced - 20} more non-text characters were replaced by spaces"));
        }

        return (clean.ToString(), warnings);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(ManuscriptLoader.Load(Path.Combine(_folder, "absent.txt"), null, diagnostics));
        Assert.Equal(DiagnosticCodes.InputFileNotFound, Assert.Single(diagnostics.ToImmutableSorted()).Code);
    }

    [Fact]
    public void Spans_give_one_based_lines_and_columns()
    {
        var text = ManuscriptLoader.FromString("m.txt", "ab\ncde\n\nf", new DiagnosticBag());

        Assert.Equal((1, 1), (text.SpanAt(0).Line, text.SpanAt(0).Column));
        Assert.Equal((2, 3), (text.SpanAt(5).Line, text.SpanAt(5).Column));
        Assert.Equal((4, 1), (text.SpanAt(8).Line, text.SpanAt(8).Column));
    }
}
