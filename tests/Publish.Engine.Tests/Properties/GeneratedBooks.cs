using CsCheck;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// CsCheck generators for <see cref="GeneratedBook"/>. Words are random lower-case Latin strings mixed with words
/// chosen to stress the print edition: ligature-prone ones (ff, fi, fl, ffi, ffl), Turkish and German letters
/// (dotted and dotless i, ß, umlauts), and long words that the typesetter hyphenates at line ends.
/// </summary>
internal static class GeneratedBooks
{
    public const int MaxNotes = 5;

    private static readonly string[] Chosen =
    [
        "office", "fluffy", "affine", "difficult", "waffle", "baffling", "efficient", "shuffle", "flight", "affluent",
        "ışık", "güneş", "çiçek", "öğretmen", "İstanbul", "Iğdır", "şehir", "ağaç", "Çankaya", "kılıç",
        "Straße", "Müller", "Größe", "Äpfel", "Übung", "schön", "Fußgänger", "Mädchen",
        "incomprehensibilities", "internationalization", "characteristically", "uncharacteristically",
        "counterrevolutionaries", "electroencephalography", "institutionalization", "representativeness",
        "telecommunications", "Donaudampfschifffahrtsgesellschaft", "Kurtuluşsavaşı", "unquestionably",
    ];

    public static readonly Gen<string> Word =
        Gen.Frequency((3, Gen.String[Gen.Char['a', 'z'], 1, 9]), (2, Gen.OneOf(Chosen)));

    private static readonly Gen<GeneratedStyle> Style =
        Gen.Frequency((10, Gen.Const(GeneratedStyle.Plain)), (1, Gen.Const(GeneratedStyle.Emphasis)), (1, Gen.Const(GeneratedStyle.Strong)), (1, Gen.Const(GeneratedStyle.Link)));

    /// <summary>A body word; about one in nine carries a note reference.</summary>
    private static readonly Gen<GeneratedToken> Token =
        Gen.Select(Word, Style, Gen.Int[0, 8 * MaxNotes].Select(n => n <= MaxNotes ? n : 0), (w, s, n) => new GeneratedToken(w, s, n));

    private static readonly Gen<GeneratedToken[]> Paragraph = Token.Array[1, 40];

    /// <summary>Headings carry no references and no markup: a note in a heading is a separate feature, not tested here.</summary>
    private static readonly Gen<GeneratedToken[]> HeadingText =
        Word.Array[1, 4].Select(words => words.Select(w => new GeneratedToken(w, GeneratedStyle.Plain, 0)).ToArray());

    private static readonly Gen<GeneratedBlock> Block = Gen.Frequency(
        (6, Paragraph.Select(p => new GeneratedBlock(GeneratedBlockKind.Paragraph, [p]))),
        (1, HeadingText.Select(h => new GeneratedBlock(GeneratedBlockKind.Heading, [h]))),
        (1, Token.Array[1, 12].Array[1, 4].Select(items => new GeneratedBlock(GeneratedBlockKind.BulletList, items))),
        (1, Paragraph.Array[1, 2].Select(quoted => new GeneratedBlock(GeneratedBlockKind.Quote, quoted))));

    private static readonly Gen<string> Name =
        Gen.Frequency((2, Gen.String[Gen.Char['a', 'z'], 2, 8]), (1, Gen.OneOf("ağaç", "Müller", "İnci", "Öztürk", "Straße")))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);

    public static readonly Gen<GeneratedBook> Books = Gen.Select(
        Word.Array[1, 5],
        Name.Array[2, 2],
        Block.Array[1, 10],
        Word.Array[1, 25].Array[1, 3].Array[MaxNotes, MaxNotes],
        (title, author, blocks, notes) => new GeneratedBook(title, author, FirstIsParagraph(blocks), notes));

    /// <summary>
    /// The body starts with a paragraph: a legacy export's first lines are title, author and title, and a short
    /// heading-like first block right after them would be read as part of that header, which is the reader's
    /// documented convention rather than a loss.
    /// </summary>
    private static GeneratedBlock[] FirstIsParagraph(GeneratedBlock[] blocks) =>
        blocks[0].Kind == GeneratedBlockKind.Paragraph ? blocks : [new GeneratedBlock(GeneratedBlockKind.Paragraph, [[new GeneratedToken("opening", GeneratedStyle.Plain, 0)]]), .. blocks];
}
