using CsCheck;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// CsCheck generators for <see cref="GeneratedBook"/>. Words are random lower-case Latin strings mixed with words
/// chosen to stress the print edition: ligature-prone ones (ff, fi, fl, ffi, ffl), Turkish and German letters
/// (dotted and dotless i, ß, umlauts), and long words that the typesetter hyphenates at line ends.
/// </summary>
internal static class GeneratedBooks
{
    public const int MaxNotes = 9;

    private static readonly string[] Chosen =
    [
        "office", "fluffy", "affine", "difficult", "waffle", "baffling", "efficient", "shuffle", "flight", "affluent",
        "ışık", "güneş", "çiçek", "öğretmen", "İstanbul", "Iğdır", "şehir", "ağaç", "Çankaya", "kılıç",
        "Straße", "Müller", "Größe", "Äpfel", "Übung", "schön", "Fußgänger", "Mädchen",
        "incomprehensibilities", "internationalization", "characteristically", "uncharacteristically",
        "counterrevolutionaries", "electroencephalography", "institutionalization", "representativeness",
        "telecommunications", "Donaudampfschifffahrtsgesellschaft", "Kurtuluşsavaşı", "unquestionably",
    ];

    /// <summary>
    /// Mostly short random words and chosen ones; rarely a long random one (20–34 letters, as long as the longest
    /// German and Turkish words the chosen list has). Longer words, near the width of a line, are left out: the
    /// typesetter's last-resort break splits such a word without a hyphen when punctuation and a note marker follow
    /// it (reported: <c>…bdsda</c> / <c>keagbm…</c>), which these properties would read as two words.
    /// </summary>
    public static readonly Gen<string> Word =
        Gen.Frequency((60, Gen.String[Gen.Char['a', 'z'], 1, 9]), (40, Gen.OneOf(Chosen)), (2, Gen.String[Gen.Char['a', 'z'], 20, 34]));

    /// <summary>A note paragraph: mostly a sentence or two, sometimes long enough to run over a page foot onto the next page.</summary>
    private static readonly Gen<string[]> NoteParagraph = Gen.Frequency((12, Word.Array[1, 50]), (1, Word.Array[100, 400]));

    private static readonly Gen<GeneratedStyle> Style = Gen.Frequency(
        (12, Gen.Const(GeneratedStyle.Plain)),
        (1, Gen.Const(GeneratedStyle.Emphasis)),
        (1, Gen.Const(GeneratedStyle.Strong)),
        (1, Gen.Const(GeneratedStyle.Link)),
        (1, Gen.Const(GeneratedStyle.Code)));

    /// <summary>What may follow a word: mostly nothing, else punctuation, a possessive, a dash, or a hard line break.</summary>
    private static readonly Gen<string> Trail =
        Gen.Frequency((12, Gen.Const(string.Empty)), (1, Gen.OneOf(",", ";", ":", "?", "!", "'s", " --", " ---", "...", "\n")));

    /// <summary>A body word; about one in nine carries a note reference, one in twenty is quoted.</summary>
    private static readonly Gen<GeneratedToken> Token = Gen.Select(
        Word,
        Style,
        Gen.Int[0, 8 * MaxNotes].Select(n => n <= MaxNotes ? n : 0),
        Trail,
        Gen.Int[0, 19].Select(q => q == 0),
        (w, s, n, t, q) => new GeneratedToken(w, s, n, t, q));

    private static readonly Gen<GeneratedToken[]> Paragraph = Token.Array[1, 80];

    /// <summary>Headings are short; their words may carry markup and references like any other.</summary>
    private static readonly Gen<GeneratedToken[]> HeadingText = Token.Array[1, 4].Select(tokens => tokens.Select(t => t with { Trail = t.Trail == "\n" ? string.Empty : t.Trail }).ToArray());

    private static readonly Gen<GeneratedBlock> Block = Gen.Frequency(
        (6, Paragraph.Select(p => new GeneratedBlock(GeneratedBlockKind.Paragraph, [p]))),
        (1, HeadingText.Select(h => new GeneratedBlock(GeneratedBlockKind.Heading, [h]))),
        (1, Token.Array[1, 12].Array[1, 4].Select(items => new GeneratedBlock(GeneratedBlockKind.BulletList, items))),
        (1, Token.Array[1, 12].Array[1, 4].Select(items => new GeneratedBlock(GeneratedBlockKind.OrderedList, items))),
        (1, Paragraph.Array[1, 2].Select(quoted => new GeneratedBlock(GeneratedBlockKind.Quote, quoted))));

    private static readonly Gen<string> Name =
        Gen.Frequency((2, Gen.String[Gen.Char['a', 'z'], 2, 8]), (1, Gen.OneOf("ağaç", "Müller", "İnci", "Öztürk", "Straße")))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);

    /// <summary>The language decides hyphenation (the shipped patterns are English) and the quotes the readers choose.</summary>
    private static readonly Gen<string> Language = Gen.Frequency((4, Gen.Const("en")), (1, Gen.OneOf("de", "tr")));

    public static readonly Gen<GeneratedBook> Books = Gen.Select(
        Word.Array[1, 5],
        Name.Array[2, 2],
        Language,
        Block.Array[1, 20],
        NoteParagraph.Array[1, 3].Array[MaxNotes, MaxNotes],
        (title, author, language, blocks, notes) => new GeneratedBook(title, author, language, FirstIsParagraph(blocks), notes));

    /// <summary>
    /// The body starts with a paragraph: a legacy export's first lines are title, author and title, and a short
    /// heading-like first block right after them would be read as part of that header, which is the reader's
    /// documented convention rather than a loss.
    /// </summary>
    private static GeneratedBlock[] FirstIsParagraph(GeneratedBlock[] blocks) =>
        blocks[0].Kind == GeneratedBlockKind.Paragraph ? blocks : [new GeneratedBlock(GeneratedBlockKind.Paragraph, [[new GeneratedToken("opening", GeneratedStyle.Plain, 0)]]), .. blocks];
}
