namespace Publish.Engine.Tests.Blocks;

/// <summary>
/// Issue 17 point 3, print: a note holding several paragraphs, a list, a quote and code is set with that structure at
/// the page foot — each block from a new line, later paragraphs indented, list labels hanging left of their items'
/// text, the quote inset, code in the mono face — and tagged so (Note holding L, BlockQuote, Code), not flattened into
/// one paragraph. Built through the real CLI with the default style, read back with PdfPig.
/// </summary>
public sealed class StructuredNotePrintTests
{
    private const string Manuscript = """
        ---
        title: Structured notes
        lang: en
        ---

        Bodytext refers to a note here.[^1]

        [^1]: Openingword of the note.

            Followingword starts the second paragraph.

            - Alphaitem begins a list item that runs on and on, long enough to need a second line at the foot of the page, so that the line after its first shows where the item's text stands, which must be clear of the label hanging at its left.
            - Bravoitem is the second item.
            - Charlieitem is the third.

            > Quotedword opens a quotation inside the note.

            ```
            monoline   keeps its   spaces
            ```

            Closingword ends the note.
        """;

    private static readonly Lazy<PrintedBook> Book = new(() => PrintedBook.Build(Manuscript));

    [Fact]
    public void Each_block_of_the_note_starts_its_own_line_below_the_body_on_the_markers_page()
    {
        var book = Book.Value;
        var names = new[] { "Openingword", "Followingword", "Alphaitem", "Bravoitem", "Charlieitem", "Quotedword", "monoline", "Closingword" };
        var words = names.Select(book.Word).ToList();

        Assert.All(words, w => Assert.Equal(book.Word("Bodytext").Page, w.Page));
        Assert.All(words, w => Assert.True(w.Baseline < book.Word("Bodytext").Baseline - 100, $"{w.Text} is not in the note area"));

        // Top to bottom in reading order, each on a baseline of its own.
        for (var i = 1; i < words.Count; i++)
        {
            Assert.True(words[i].Baseline < words[i - 1].Baseline - 5, $"{words[i].Text} is not on a line below {words[i - 1].Text}");
        }
    }

    [Fact]
    public void A_later_paragraph_indents_by_the_notes_em_and_the_quote_stands_in()
    {
        var book = Book.Value;

        // The note's text column: after the number's box, where the note's first word starts (issue 18: hanging numbers).
        var edge = book.Word("Openingword").Left;

        Assert.Equal(9, book.Word("Followingword").Left - edge, 1.0);
        Assert.Equal(13.5, book.Word("Quotedword").Left - edge, 1.0);
        Assert.Equal(edge, book.Word("Closingword").Left, 1.0);
    }

    [Fact]
    public void List_labels_hang_left_of_their_items_text_which_wraps_under_itself()
    {
        var book = Book.Value;
        var edge = book.Word("Openingword").Left;
        foreach (var item in new[] { "Alphaitem", "Bravoitem", "Charlieitem" })
        {
            var line = book.LineOf(book.Word(item));
            Assert.Equal("•", line[0].Text);

            // Stood in by the note's em from the note's text, clear of the column of note numbers.
            Assert.Equal(edge + 9, line[0].Left, 1.0);
            Assert.Equal(item, line[1].Text);
            Assert.True(line[1].Left > line[0].Right + 3, $"{item}'s text touches its label");
        }

        var text = book.Word("Alphaitem").Left;
        var wrapped = book.NextLineStart(book.Word("Alphaitem"));
        Assert.NotEqual("•", wrapped.Text);
        Assert.Equal(text, wrapped.Left, 0.5);
    }

    [Fact]
    public void Code_in_a_note_is_in_the_mono_face_scaled_from_the_notes_size_with_its_spaces()
    {
        var book = Book.Value;
        var code = book.LineOf(book.Word("monoline"));

        Assert.Equal(["monoline", "keeps", "its", "spaces"], code.Select(w => w.Text));
        Assert.All(code, w => Assert.Contains("Mono", w.Font, StringComparison.Ordinal));
        // A code block at the code size (9 pt), capped at the note's (9 pt): not scaled again as inline code is (issue 18).
        Assert.All(code, w => Assert.Equal(9, w.Size, 0.05));

        // Three spaces between words in a fixed-pitch face: the gap is three of its advances, not one justified space.
        var advance = (code[0].Right - code[0].Left) / "monoline".Length;
        Assert.Equal(3 * advance, code[1].Left - code[0].Right, 1.0);
        Assert.DoesNotContain("Mono", book.Word("Closingword").Font, StringComparison.Ordinal);
    }

    [Fact]
    public void The_note_is_tagged_with_its_list_quote_and_code_inside_it()
    {
        var note = Assert.Single(Book.Value.Structure.Descendants(), e => e.Type == "Note");

        Assert.Equal(["Link", "L", "BlockQuote", "Code"], note.Elements.Select(e => e.Type));
        var items = note.Elements.Single(e => e.Type == "L").Elements.ToList();
        Assert.All(items, item => Assert.Equal(["Lbl", "LBody"], item.Elements.Select(e => e.Type)));
        Assert.Equal(["•", "•", "•"], items.Select(i => i.Elements.First().Text.Trim()));
        Assert.StartsWith("Bravoitem", items[1].Elements.Last().Text.Trim(), StringComparison.Ordinal);
        Assert.Contains("Followingword", note.Text, StringComparison.Ordinal);
        // (The test reader skips the ActualText spans the writer puts over runs of spaces, so only the start is compared.)
        Assert.StartsWith("monoline", note.Elements.Single(e => e.Type == "Code").Text, StringComparison.Ordinal);
    }
}
