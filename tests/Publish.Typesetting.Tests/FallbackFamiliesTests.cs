using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Input;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Tests;

/// <summary>
/// The default style's <c>font-fallback</c> families a document needs (those the EPUB embeds beside the body family):
/// ASCII never needs one with Noto Serif as the body face, and a character the body face lacks finds its family even
/// when it stands after ASCII in the same text, in the body or in a note.
/// </summary>
public sealed class FallbackFamiliesTests
{
    private static readonly HouseStyle Default = HouseStyleLoader.LoadDefault(RepositoryPaths.Root).Style
        ?? throw new InvalidOperationException("The default style does not load.");

    private static Document With(string body, string note = "A note.")
    {
        var span = new SourceSpan("/nonexistent/publish-fallback/a.md", 1, 1);
        var noted = new Note(1, "1", [new ParagraphBlock([new TextInline(note, span)], span)], span);
        return new Document
        {
            SourcePath = span.File,
            Dialect = ManuscriptDialect.Markdown,
            Metadata = new Metadata { Title = "Fallbacks", Language = "en" },
            Body = [new ParagraphBlock([new TextInline(body, span), new NoteReferenceInline(noted, span)], span)],
            Notes = [noted],
        };
    }

    private static IReadOnlyList<string> Needed(Document document) => FallbackFamilies.Needed(document, Default, new FontFileStore());

    [Fact]
    public void Printable_ascii_and_latin_letters_with_accents_need_no_fallback()
    {
        var ascii = string.Concat(Enumerable.Range(0x20, 0x5F).Select(c => (char)c));

        Assert.Empty(Needed(With(ascii + " Çanakkale, Gümüşhane, Ağrı — “İzmir”.")));
    }

    [Fact]
    public void A_hebrew_word_after_ascii_in_the_same_text_needs_the_hebrew_family()
    {
        Assert.Equal(["Noto Serif Hebrew"], Needed(With("The harbour (in Hebrew: נמל) was rebuilt in 1948.")));
    }

    [Fact]
    public void Scripts_in_a_note_count_and_each_family_is_named_once_in_the_styles_order()
    {
        var needed = Needed(With("Georgian ბათუმი and Armenian Երևան, then ბათუმი again.", note: "Arabic: ميناء."));

        Assert.Equal(["Noto Naskh Arabic", "Noto Serif Armenian", "Noto Serif Georgian"], needed);
    }
}
