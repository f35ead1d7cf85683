using System.Text;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Hyphenation;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Turns styled pieces into Knuth–Plass items. Words (runs between spaces, possibly across pieces, e.g. a
/// note marker glued to its word) become boxes with penalties at their break opportunities; spaces become
/// glue from the font's space (½ stretch, ⅓ shrink, widened after sentences only in wide sentence spacing); spaces
/// between numeric tokens (<c>+90 (312) 438</c>) and after an abbreviation that introduces a number (<c>pp. 4</c>)
/// never break (<see cref="SpaceRules"/>). Ragged-right uses Knuth's
/// <c>glue(0,+R) penalty glue(w,−R)</c> so a break gains stretch R and spaces stay natural.
/// </summary>
internal sealed class ParagraphItemBuilder
{
    private const double LastResortPenalty = 5000;

    /// <summary>Stretch at each possible break of ragged-right text, in ems.</summary>
    private const double RaggedStretchEms = 3;

    private readonly IShaper _shaper;
    private readonly IHyphenator? _hyphenator;

    /// <summary>The hyphenator for a span's language (<see cref="StyledPiece.Language"/>), null for none; asked once per language.</summary>
    private readonly Func<string, IHyphenator?>? _hyphenatorFor;
    private Dictionary<string, IHyphenator?>? _spanHyphenators;
    private readonly MissingGlyphReporter _missing;
    private readonly DiagnosticBag _diagnostics;
    private readonly ParagraphStyle _style;
    private readonly LineBreakOptions _options;
    private readonly List<StyledPiece> _pieces;
    private readonly List<BreakItem> _items;
    private readonly List<ItemContent> _contents;
    private readonly List<(int Piece, int Start, int End)> _word;
    private readonly StringBuilder _wordText;
    private readonly List<(int Index, BreakKind Kind)> _breaks;
    private readonly List<ShapedText> _fragments;
    private const char NarrowNoBreakSpace = '\u202F';

    private const string NarrowNoBreakSpaceText = "\u202F";
    private const string SoftHyphen = "\u00AD";

    /// <summary>
    /// Fragments of the word being gathered that follow a soft hyphen of the manuscript (U+00AD), by index in
    /// <see cref="_word"/>: the author's break opportunities. Null until a paragraph has one.
    /// </summary>
    private List<int>? _softBreaks;

    /// <summary>A thin space is about 1/8 em; the shipped serif's word space is about 1/4 em.</summary>
    private const double NarrowSpaceShare = 0.5;

    private readonly double _raggedStretch;

    /// <summary>The last piece whose destination (<see cref="StyledPiece.Anchor"/>) a box took: each is placed once, at its first box.</summary>
    private int _lastAnchoredPiece = -1;
    private readonly ParagraphBidi? _bidi;

    /// <summary>The space waiting for the next word: where it is, whether it may break, and whether it is thin (U+202F).</summary>
    private (int Piece, int Index, bool NonBreaking, bool Narrow)? _pendingSpace;
    private string _previousWord = string.Empty;

    /// <summary>The previous word without its note markers, for the space rules (<c>end.¹ Next</c> ends a sentence).</summary>
    private string _previousText = string.Empty;

    /// <param name="scratch">Lists reused from paragraph to paragraph (cleared here); the items built stay valid until the next paragraph.</param>
    public ParagraphItemBuilder(IShaper shaper, IHyphenator? hyphenator, MissingGlyphReporter missing, DiagnosticBag diagnostics,
        ParagraphStyle style, List<StyledPiece> pieces, ParagraphScratch scratch, ParagraphBidi? bidi = null, Func<string, IHyphenator?>? hyphenatorFor = null,
        LineBreakOptions? options = null)
    {
        _options = options ?? LineBreakOptions.Default;
        _hyphenatorFor = style.Hyphenate ? hyphenatorFor : null;
        _bidi = bidi;
        scratch.Clear();
        (_items, _contents, _word, _wordText, _breaks, _fragments) = (scratch.Items, scratch.Contents, scratch.Word, scratch.WordText, scratch.Breaks, scratch.Fragments);
        _shaper = shaper;
        _hyphenator = style.Hyphenate ? hyphenator : null;
        _missing = missing;
        _diagnostics = diagnostics;
        _style = style;
        _pieces = pieces;
        _raggedStretch = RaggedStretchEms * style.Size;
    }

    private bool Ragged => _style.Alignment == LineAlignment.RaggedRight;

    public ParagraphItems Build()
    {
        if (_style.FirstLineIndent > 0)
        {
            _items.Add(BreakItem.Box(_style.FirstLineIndent));
        }

        for (int p = 0; p < _pieces.Count; p++)
        {
            var piece = _pieces[p];
            switch (piece.Kind)
            {
                case PieceKind.LineBreak:
                    FlushWord();
                    _pendingSpace = null;
                    _items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinite));
                    _items.Add(BreakItem.FilGlue());
                    _items.Add(BreakItem.PenaltyItem(0, BreakItem.ForcedBreak));
                    continue;
                case PieceKind.NoteMarker:
                    _word.Add((p, 0, piece.Text.Length));
                    continue;
                default:
                    SplitIntoWords(p, piece.Text);
                    break;
            }
        }

        FlushWord();
        while (_items.Count > 0 && _items[^1].Kind == BreakItemKind.Glue)
        {
            _items.RemoveAt(_items.Count - 1);
        }

        _items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinite));
        _items.Add(BreakItem.FilGlue());
        _items.Add(BreakItem.PenaltyItem(0, BreakItem.ForcedBreak));
        return new ParagraphItems(_items, _contents, _pieces, _bidi?.Analysis);
    }

    private void SplitIntoWords(int p, string text)
    {
        var code = _pieces[p].Kind == PieceKind.Code;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\0' : text[i];
            bool breaking = !atEnd && c is ' ' or '\t' or '\n' or '\r';
            bool tie = !atEnd && c is '\u00A0' or NarrowNoBreakSpace;
            bool soft = !atEnd && c == '\u00AD' && !code;
            if (!atEnd && !breaking && !tie && !soft)
            {
                continue;
            }

            if (i > start)
            {
                _word.Add((p, start, i));
            }

            if (soft)
            {
                // The soft hyphen itself is never drawn (nor extracted) where the word is not broken.
                (_softBreaks ??= []).Add(_word.Count);
                start = i + 1;
                continue;
            }

            if (code && c == ' ' && _word.Count == 0 && (i == 0 ? _items.Count == 0 : text[i - 1] == ' '))
            {
                // Code keeps its spaces as written: indentation and runs of spaces are space glyphs, so the text
                // layer reads them back as spaces; only the first space of a run between words may break.
                AddKeptSpace(p, i);
                start = i + 1;
                continue;
            }

            if (breaking || tie)
            {
                FlushWord();
                if (_items.Count > 0 && _pendingSpace is null or { NonBreaking: false })
                {
                    _pendingSpace = (p, i, tie || _pendingSpace is { NonBreaking: true }, c == NarrowNoBreakSpace);
                }
            }

            start = i + 1;
        }
    }

    private void FlushWord()
    {
        if (_word.Count == 0)
        {
            _softBreaks?.Clear();
            return;
        }

        _wordText.Clear();
        foreach (var (piece, start, end) in _word)
        {
            _wordText.Append(_pieces[piece].Text.AsSpan(start, end - start));
        }

        var wordText = _wordText.ToString();
        if (_pendingSpace is { } space && _items.Count > 0)
        {
            if (space.Narrow)
            {
                AddNarrowSpace(space.Piece, space.Index);
            }
            else
            {
                var tie = space.NonBreaking || (WordClassifier.IsNumeric(_previousWord) && WordClassifier.IsNumeric(wordText))
                    || SpaceRules.TiesToNumber(_previousText, wordText)
                    || (_style.BindOneLetterWords && SpaceRules.IsOneLetterWord(_previousText));
                var factor = _style.SentenceSpacing ? SpaceRules.SpaceFactor(_previousText, wordText) : 1;
                AddSpace(space.Piece, space.Index, tie, factor);
            }
        }

        _pendingSpace = null;
        AddWord(wordText);
        _previousWord = wordText;
        _word.Clear();
        _softBreaks?.Clear();
    }

    /// <summary>A space of code that is kept as written: a box showing the space glyph (never a break, never stretched).</summary>
    private void AddKeptSpace(int piece, int index)
    {
        if (_pendingSpace is { } pending && _items.Count > 0)
        {
            AddSpace(pending.Piece, pending.Index, pending.NonBreaking, 1);
        }

        _pendingSpace = null;
        var shaped = _shaper.Shape(" ", _pieces[piece].Style);
        var content = AddContent(new ItemContent(shaped, 0, shaped.Glyphs.Length, piece, TextStart: TextIndex(piece, index)));
        _items.Add(BreakItem.Box(shaped.Width, content));
    }

    /// <summary>
    /// A narrow no-break space (U+202F, French "espace fine insécable" before ; ! ? and inside « »; in figures): never
    /// a break, and a box, so justification neither widens nor narrows it, as TeX's \thinspace. It draws the font's own
    /// U+202F glyph, so the PDF's text layer has the character (Unicode's White_Space: extraction reads a word gap where
    /// the page shows one, « bonjour », not «bonjour»); a font without one draws its space glyph at half a word space,
    /// extracted as U+202F all the same.
    /// </summary>
    private void AddNarrowSpace(int piece, int index)
    {
        var style = _pieces[piece].Style;
        var own = _shaper.Shape(NarrowNoBreakSpaceText, style);
        ItemContent content;
        double width;
        if (own.MissingCodePoints.IsDefaultOrEmpty && own.Glyphs.Length > 0 && own.Width > 0)
        {
            content = new ItemContent(own, 0, own.Glyphs.Length, piece, TextStart: TextIndex(piece, index));
            width = own.Width;
        }
        else
        {
            var space = _shaper.Shape(" ", style);
            content = new ItemContent(space, 0, space.Glyphs.Length, piece, NarrowNoBreakSpaceText, TextIndex(piece, index));
            width = space.Width * NarrowSpaceShare;
        }

        _items.Add(BreakItem.Box(width, AddContent(content)));
    }

    /// <param name="factor">TeX's space factor / 1000: 1 for a word space, 3 after a sentence in wide sentence spacing.</param>
    private void AddSpace(int piece, int index, bool tie, double factor)
    {
        var style = _pieces[piece].Style;
        var shaped = _shaper.Shape(" ", style);
        var width = shaped.Width;
        var content = AddContent(new ItemContent(shaped, 0, shaped.Glyphs.Length, piece, TextStart: TextIndex(piece, index)));

        // TeX's space factor (SpaceRules.SpaceFactor): past 2000 the space also gains TeX's extra space, a third of a space.
        // In ragged text no space stretches, so the extra space is all of the wider sentence space there, as in TeX's
        // \raggedright with \nonfrenchspacing (the TeXbook, chapter 12: the extra space is added whatever the glue set).
        var extra = factor >= 2 ? width / 3 : 0;
        if (Ragged)
        {
            if (tie)
            {
                _items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinite));
                _items.Add(BreakItem.Glue(width + extra, 0, 0, content));
                return;
            }

            _items.Add(BreakItem.Glue(0, _raggedStretch, 0));
            _items.Add(BreakItem.PenaltyItem(0, 0));
            _items.Add(BreakItem.Glue(width + extra, -_raggedStretch, 0, content));
            return;
        }

        if (tie)
        {
            _items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinite));
        }

        _items.Add(BreakItem.Glue(width + extra, width / 2 * factor, width / 3 / factor, content));
    }

    private void AddWord(string wordText)
    {
        if (_bidi is not null)
        {
            SplitAtLevelChanges();
        }

        var url = WordClassifier.IsUrlOrEmail(wordText) ? WordClassifier.Trimmed(wordText) : (Start: 0, Length: 0);
        // A word with soft hyphens breaks where its author said, and only there (as TeX treats \- in a word).
        var authored = _softBreaks is { Count: > 0 };
        var hyphenator = HyphenatorOf(_pieces[_word[0].Piece]);
        // A note marker after the word ("conference.¹") is not part of it: the word hyphenates as it would without one,
        // its marker staying after the word's last part. TeX leaves a word followed by a box unhyphenated, which forced
        // loose lines wherever such a word fell at a line's end. The marker is never the first fragment (it joins the
        // word before it), so the indices of the word's own letters are the same with and without it.
        var letters = wordText.AsSpan(0, wordText.Length - TrailingMarkerLength());
        var core = hyphenator is null || authored ? (Start: 0, Length: 0) : WordClassifier.HyphenatableCore(letters);
        var shapedFragments = _fragments;
        shapedFragments.Clear();
        double wordWidth = 0;
        for (int f = 0; f < _word.Count; f++)
        {
            var (p, start, end) = _word[f];
            var piece = _pieces[p];
            var style = _bidi is null ? piece.Style
                : piece.Style with { Direction = (_bidi.LevelAt(p, start) & 1) == 1 ? Bidi.BidiDirection.RightToLeft : Bidi.BidiDirection.LeftToRight };
            var shaped = _shaper.Shape(piece.Text.AsSpan(start, end - start), style);
            _missing.Report(shaped, piece.Span, _diagnostics);
            shapedFragments.Add(shaped);
            wordWidth += shaped.Width;
        }

        var tooWide = wordWidth > _style.Measure - _style.FirstLineIndent;
        int offset = 0;
        for (int f = 0; f < _word.Count; f++)
        {
            var (p, start, end) = _word[f];
            var piece = _pieces[p];
            var shaped = shapedFragments[f];
            var length = end - start;
            var text = piece.Text.AsSpan(start, length);
            _breaks.Clear();
            if (piece.Kind != PieceKind.NoteMarker)
            {
                CollectBreaks(text, offset, core, url, piece.Kind == PieceKind.Code, hyphenator);
                if (tooWide)
                {
                    // A set, not a search of the list per index: an overlong token must cost linear time.
                    var taken = new HashSet<int>(_breaks.Select(b => b.Index));
                    for (int k = 1; k < length; k++)
                    {
                        if (!taken.Contains(k))
                        {
                            _breaks.Add((k, BreakKind.LastResort));
                        }
                    }
                }

                _breaks.Sort((a, b) => a.Index.CompareTo(b.Index));
            }

            // The last fragment's end is not a break: a break there is the following space's business.
            int glyphStart = 0;
            foreach (var (index, kind) in _breaks)
            {
                if (index <= 0 || index >= length || !shaped.TryGetGlyphAtClusterStart(index, glyphStart, out var glyph) || glyph <= glyphStart)
                {
                    continue;
                }

                AddBox(shaped, glyphStart, glyph, p, start);
                var left = offset + index - core.Start;
                AddBreak(kind, piece, kind == BreakKind.Hyphen ? _options.HyphenPenaltyFor(left, core.Length - left) : 0);
                glyphStart = glyph;
            }

            AddBox(shaped, glyphStart, shaped.Glyphs.Length, p, start);
            offset += length;
            if (authored && f + 1 < _word.Count && _softBreaks!.Contains(f + 1))
            {
                AddBreak(BreakKind.Hyphen, piece, _options.HyphenPenalty);
            }
        }

        _previousText = wordText;
        if (_word.Exists(w => _pieces[w.Piece].Kind == PieceKind.NoteMarker))
        {
            _wordText.Clear();
            foreach (var (p, start, end) in _word)
            {
                if (_pieces[p].Kind != PieceKind.NoteMarker)
                {
                    _wordText.Append(_pieces[p].Text.AsSpan(start, end - start));
                }
            }

            _previousText = _wordText.ToString();
        }
    }

    /// <summary>How many characters of the word gathered are note markers at its end (0 when none).</summary>
    private int TrailingMarkerLength()
    {
        var length = 0;
        for (var f = _word.Count - 1; f > 0 && _pieces[_word[f].Piece].Kind == PieceKind.NoteMarker; f--)
        {
            length += _word[f].End - _word[f].Start;
        }

        return length;
    }

    /// <summary>
    /// The hyphenator for a word: its first piece's span language's (a Turkish word in an English paragraph breaks by
    /// Turkish rules), else the paragraph's. A span in a language without patterns is not hyphenated at all: wrong
    /// rules break a word where a reader of that language would not.
    /// </summary>
    private IHyphenator? HyphenatorOf(StyledPiece piece)
    {
        if (piece.Language is not { } language || _hyphenatorFor is null || string.Equals(language, _style.Language, StringComparison.OrdinalIgnoreCase))
        {
            return _hyphenator;
        }

        _spanHyphenators ??= new Dictionary<string, IHyphenator?>(StringComparer.OrdinalIgnoreCase);
        if (!_spanHyphenators.TryGetValue(language, out var hyphenator))
        {
            _spanHyphenators.Add(language, hyphenator = _hyphenatorFor(language));
        }

        return hyphenator;
    }

    private void CollectBreaks(ReadOnlySpan<char> text, int offsetInWord, (int Start, int Length) core, (int Start, int Length) url, bool isCode, IHyphenator? hyphenator)
    {
        if (url.Length > 0)
        {
            CollectUrlBreaks(text, url.Start - offsetInWord, url.Length);
            return;
        }

        if (isCode)
        {
            return;
        }

        for (int k = 1; k < text.Length - 1; k++)
        {
            if (text[k] is '-' or '\u2010' or '\u2014' && char.IsLetter(text[k - 1]) && char.IsLetter(text[k + 1]))
            {
                _breaks.Add((k + 1, BreakKind.ExplicitHyphen));
            }
        }

        if (hyphenator is null || core.Length == 0)
        {
            return;
        }

        var localStart = core.Start - offsetInWord;
        if (localStart < 0 || localStart + core.Length > text.Length)
        {
            return;
        }

        // Indexed, not foreach: through the interface a foreach allocated an enumerator per word.
        var positions = hyphenator.Hyphenate(text.Slice(localStart, core.Length));
        for (var i = 0; i < positions.Count; i++)
        {
            _breaks.Add((localStart + positions[i], BreakKind.Hyphen));
        }
    }

    /// <summary>Fewest characters a URL keeps on either side of a break: no line ends in "ht" or starts with "rg".</summary>
    private const int UrlFragment = 3;

    /// <summary>
    /// Breaks inside a URL or e-mail address (<paramref name="start"/>, <paramref name="length"/>: its extent without the
    /// punctuation around it, in <paramref name="text"/>'s indices), as Chicago 14.18 places them: after a colon or a
    /// double slash; before a single slash, a tilde, a full stop, a comma, a hyphen, an underscore, a question mark, a
    /// number sign, a percent sign or an at sign; before or after an equals sign or an ampersand. A full stop or hyphen
    /// carried to the next line cannot be read as the end of a sentence or a hyphenation ("www.example. / org." was).
    /// </summary>
    private void CollectUrlBreaks(ReadOnlySpan<char> text, int start, int length)
    {
        var from = Math.Max(1, start + UrlFragment);
        var to = Math.Min(text.Length - 1, start + length - UrlFragment);
        for (var k = from; k <= to; k++)
        {
            var (before, at) = (text[k - 1], text[k]);
            var breaks = at switch
            {
                '/' => before != '/' && before != ':' && (k + 1 >= text.Length || text[k + 1] != '/'),
                '~' or '.' or ',' or '-' or '_' or '?' or '#' or '%' or '@' or '=' or '&' => before is not ('.' or '-' or '_'),
                _ => before switch
                {
                    ':' or '=' or '&' => true,
                    '/' => k >= 2 && text[k - 2] == '/',
                    _ => false,
                },
            };
            if (breaks)
            {
                _breaks.Add((k, BreakKind.Url));
            }
        }
    }

    /// <param name="start">Where the shaped text begins in its piece.</param>
    private void AddBox(ShapedText shaped, int glyphStart, int glyphEnd, int piece, int start)
    {
        if (glyphEnd <= glyphStart)
        {
            return;
        }

        string? anchor = null;
        if (piece > _lastAnchoredPiece && _pieces[piece].Anchor is { } name)
        {
            anchor = name;
            _lastAnchoredPiece = piece;
        }

        var content = AddContent(new ItemContent(shaped, glyphStart, glyphEnd, piece, TextStart: TextIndex(piece, start + shaped.Glyphs[glyphStart].Cluster), Anchor: anchor));
        _items.Add(BreakItem.Box(shaped.WidthOf(glyphStart, glyphEnd), content));
    }

    /// <param name="hyphenPenalty">The penalty of an added hyphen (<see cref="LineBreakOptions.HyphenPenaltyFor"/>); other kinds have their own.</param>
    private void AddBreak(BreakKind kind, StyledPiece piece, double hyphenPenalty)
    {
        double width = 0;
        int content = -1;
        var plain = piece.Style with { Features = piece.Style.Features & ~(TypographicFeatures.Superscript | TypographicFeatures.Subscript) };
        if (kind == BreakKind.Hyphen)
        {
            var hyphen = _shaper.Shape("-", plain);
            width = hyphen.Width;
            content = AddContent(new ItemContent(hyphen, 0, hyphen.Glyphs.Length, -1, SoftHyphen));
        }
        else if (kind is BreakKind.Url or BreakKind.LastResort)
        {
            // A word broken without a hyphen (a URL after "/", an overlong token anywhere) still continues on the
            // next line: the line ends in an invisible space glyph whose text is U+00AD, the character that says
            // "a line break inside a word" to every extractor (ISO 32000-1 §14.8.2.2.3), so the text layer gives
            // the URL back whole instead of as two words. It takes no width in the line.
            var marker = _shaper.Shape(" ", plain);
            content = AddContent(new ItemContent(marker, 0, marker.Glyphs.Length, -1, SoftHyphen));
        }

        var (penalty, flagged) = kind switch
        {
            BreakKind.Hyphen => (hyphenPenalty, true),
            BreakKind.ExplicitHyphen => (_options.ExplicitHyphenPenalty, true),
            BreakKind.Url => (_options.UrlBreakPenalty, false),
            _ => (LastResortPenalty, false),
        };

        if (Ragged)
        {
            _items.Add(BreakItem.PenaltyItem(0, BreakItem.Infinite));
            _items.Add(BreakItem.Glue(0, _raggedStretch, 0));
            _items.Add(BreakItem.PenaltyItem(width, penalty, flagged, content));
            _items.Add(BreakItem.Glue(0, -_raggedStretch, 0));
        }
        else
        {
            _items.Add(BreakItem.PenaltyItem(width, penalty, flagged, content));
        }
    }

    private int TextIndex(int piece, int index) => _bidi?.TextIndex(piece, index) ?? -1;

    /// <summary>
    /// Cuts the word's fragments where the bidi level changes, so each is shaped in one direction (a Latin name or a
    /// number inside Arabic text, brackets around a Hebrew word) and placed as a unit on its line.
    /// </summary>
    private void SplitAtLevelChanges()
    {
        for (var f = 0; f < _word.Count; f++)
        {
            var (p, start, end) = _word[f];
            for (var k = start + 1; k < end; k++)
            {
                if (_bidi!.LevelAt(p, k) != _bidi.LevelAt(p, k - 1) && !char.IsLowSurrogate(_pieces[p].Text[k]))
                {
                    _word[f] = (p, start, k);
                    _word.Insert(f + 1, (p, k, end));
                    break;
                }
            }
        }
    }

    private int AddContent(ItemContent content)
    {
        _contents.Add(content);
        return _contents.Count - 1;
    }
}
