using System.Text;
using Publish.Model.Text;
using Publish.Typesetting.Bidi;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// A paragraph's bidi analysis over the text of its pieces laid end to end (a hard line break counts as U+2028 LINE
/// SEPARATOR, bidi class WS, UAX #9 §3.1.1), and where each piece starts in that text. The levels decide in which
/// direction each word is shaped; after line breaking, <see cref="BidiParagraph.Reorder"/> gives each line's visual
/// order (UAX #9 §3.4: break on logical text, reorder per line).
/// </summary>
internal sealed class ParagraphBidi
{
    private readonly int[] _pieceStarts;

    private ParagraphBidi(BidiParagraph analysis, int[] pieceStarts)
    {
        Analysis = analysis;
        _pieceStarts = pieceStarts;
    }

    public BidiParagraph Analysis { get; }

    /// <summary>True for a paragraph that runs right to left (base level 1): its lines are flush right.</summary>
    public bool IsRightToLeft => Analysis.BaseLevel == 1;

    /// <summary>
    /// The analysis, or null for a paragraph that runs left to right and has no right-to-left letter nor mark: every
    /// level is then 0 (rules W1–I2 raise nothing without R, AL or an explicit embedding), so its lines are set in
    /// logical order without analysing it — the cost of bidi for a book without right-to-left text is one scan.
    /// </summary>
    public static ParagraphBidi? For(List<StyledPiece> pieces, string language)
    {
        var anyRightToLeft = false;
        foreach (var piece in pieces)
        {
            anyRightToLeft |= TextDirection.HasRightToLeft(piece.Text);
        }

        if (!anyRightToLeft && !TextDirection.IsRightToLeftLanguage(language))
        {
            return null;
        }

        var text = new StringBuilder();
        var starts = new int[pieces.Count];
        for (var p = 0; p < pieces.Count; p++)
        {
            starts[p] = text.Length;
            text.Append(pieces[p].Kind == PieceKind.LineBreak ? "\u2028" : pieces[p].Text);
        }

        var paragraph = text.ToString();
        var rightToLeft = TextDirection.IsRightToLeftParagraph(paragraph, language);
        if (!anyRightToLeft && !rightToLeft)
        {
            return null;
        }

        var analysis = BidiParagraph.Analyze(paragraph, rightToLeft ? BidiDirection.RightToLeft : BidiDirection.LeftToRight);
        return new ParagraphBidi(analysis, starts);
    }

    /// <summary>Where character <paramref name="index"/> of piece <paramref name="piece"/> sits in the paragraph's text.</summary>
    public int TextIndex(int piece, int index) => _pieceStarts[piece] + index;

    public byte LevelAt(int piece, int index) => Analysis.Levels[TextIndex(piece, index)];
}
