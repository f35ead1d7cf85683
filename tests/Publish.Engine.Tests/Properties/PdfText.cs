using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Engine.Tests.Properties;

/// <summary>
/// The reading text of a tagged PDF, taken apart by its marked content (PdfPig's <c>GetMarkedContents</c>), not
/// by PdfPig's word grouping: artifacts (running footer, folio, rules) are left out; content held by a <c>Note</c>
/// element in the structure tree (its number, a link, is tagged <c>Link</c>) is note text; everything else is the text flow (title block, headings, paragraphs, lists, quotes). Letters are
/// taken in content-stream order, which our writer keeps in reading order. A space is read between two letters
/// on one baseline when the gap between them exceeds a fifth of the font size; a new line when the baseline moves.
/// A digit smaller than the text before it (under 85 %) and raised, or a superior-digit glyph drawn well above
/// its baseline, is a superscript: a run of them is a note marker, read as its number and not as part of a word. A line that ends in a hyphen is
/// joined to the next when the joined word is one of the expected words (the typesetter's hyphenation undone);
/// otherwise the hyphen stays a word boundary.
/// </summary>
internal sealed class PdfText
{
    private static readonly string[] Hyphens = ["-", "\u2010", "\u00AD"];

    /// <summary>The text flow's lines in reading order, each with the markers met on it.</summary>
    private readonly List<string> _flow = [];

    /// <summary>Each note element's lines (a note broken across pages is two elements).</summary>
    private readonly List<List<string>> _noteElements = [];

    /// <summary>The page (1-based) of each note element.</summary>
    private readonly List<int> _notePages = [];

    private int _page;

    /// <summary>Note numbers shown as superscript markers in the text flow, in reading order.</summary>
    public List<int> Markers { get; } = [];

    /// <summary>The page (1-based) of each of <see cref="Markers"/>.</summary>
    public List<int> MarkerPages { get; } = [];

    public int Pages { get; private set; }

    /// <summary>Glyphs that stand for more than one character (ligatures such as ffi), counted so a test can show it met some.</summary>
    public int Ligatures { get; private set; }

    /// <summary>Hyphenated line ends joined back into one word by the last <see cref="FlowWords"/> or <see cref="Notes"/>.</summary>
    public int HyphenJoins { get; private set; }

    /// <summary>Note elements that continue a note from the page before.</summary>
    public int ContinuedNotes { get; private set; }

    public static PdfText Read(byte[] pdf)
    {
        var text = new PdfText();
        using var document = PdfDocument.Open(pdf);
        var tagged = Tagging.TaggedPdf.Read(document);
        foreach (var page in document.GetPages())
        {
            text.Pages++;
            text._page = page.Number;
            var flow = new List<Letter>();

            // A note's sequences on a page (its number, the link back to its marker, then its text) are read as one:
            // the marked content a Note element holds, itself or through a child.
            object? note = null;
            var noteLetters = new List<Letter>();
            void EndNote()
            {
                if (note is not null)
                {
                    text._noteElements.Add(text.Lines(noteLetters, markers: false));
                    text._notePages.Add(page.Number);
                    noteLetters.Clear();
                    note = null;
                }
            }

            foreach (var element in page.GetMarkedContents().SelectMany(Flatten))
            {
                if (element.IsArtifact)
                {
                    continue;
                }

                var holder = tagged.Holder(page.Number - 1, element.MarkedContentIdentifier, "Note");
                if (holder is not null)
                {
                    if (!ReferenceEquals(holder, note))
                    {
                        EndNote();
                        note = holder;
                    }

                    noteLetters.AddRange(element.Letters);
                }
                else
                {
                    flow.AddRange(element.Letters);
                }
            }

            EndNote();
            text._flow.AddRange(text.Lines(flow, markers: true));
        }

        return text;
    }

    /// <summary>The words of the text flow, hyphenated line ends joined where the joined word is in <paramref name="expected"/>.</summary>
    public List<string> FlowWords(IReadOnlySet<string> expected) => Joined(_flow, expected);

    /// <summary>
    /// The notes in reading order: a note element beginning with its label ("3." then a space or the line's end)
    /// starts note 3; one that does
    /// not continues the note before it (a note broken across a page).
    /// </summary>
    public List<(int Number, List<string> Words)> Notes(IReadOnlySet<string> expected)
    {
        var notes = new List<(int Number, List<string> Lines)>();
        foreach (var lines in _noteElements)
        {
            var first = lines.FirstOrDefault() ?? string.Empty;
            if (LabelOf(first) is (var number, var dot))
            {
                // The label may stand alone on the note's first line (seen: "7." over a long first word).
                notes.Add((number, [first[(dot + 1)..], .. lines.Skip(1)]));
            }
            else if (notes.Count > 0)
            {
                ContinuedNotes++;
                notes[^1].Lines.AddRange(lines);
            }
            else
            {
                notes.Add((0, lines));
            }
        }

        return [.. notes.Select(n => (n.Number, Joined(n.Lines, expected)))];
    }

    /// <summary>The page each note begins on, by number (a note element that starts with its label).</summary>
    public Dictionary<int, int> NoteStartPages()
    {
        var pages = new Dictionary<int, int>();
        for (var i = 0; i < _noteElements.Count; i++)
        {
            if (LabelOf(_noteElements[i].FirstOrDefault() ?? string.Empty) is (var number, _))
            {
                pages.TryAdd(number, _notePages[i]);
            }
        }

        return pages;
    }

    /// <summary>The note number a note element's first line begins with ("3." then a space or the line's end), and the dot's index.</summary>
    private static (int Number, int Dot)? LabelOf(string first)
    {
        var dot = first.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && (dot == first.Length - 1 || first[dot + 1] == ' ') &&
            int.TryParse(first.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number, dot)
            : null;
    }

    private static IEnumerable<MarkedContentElement> Flatten(MarkedContentElement element) =>
        element.Children is { Count: > 0 } children ? [element, .. children.SelectMany(Flatten)] : [element];

    private List<string> Lines(IReadOnlyList<Letter> letters, bool markers)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var marker = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (markers && previous is not null && IsSuperscript(letter, previous))
            {
                marker.Append(letter.Value);
                continue;
            }

            EndMarker();
            if (previous is not null)
            {
                if (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.3 * previous.PointSize)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else if (letter.StartBaseLine.X - previous.EndBaseLine.X > 0.2 * letter.PointSize)
                {
                    line.Append(' ');
                }
            }

            line.Append(letter.Value);
            Ligatures += letter.Value.Length > 1 ? 1 : 0;
            previous = letter;
        }

        EndMarker();
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;

        void EndMarker()
        {
            if (marker.Length == 0)
            {
                return;
            }

            // A marker is a word boundary: "word¹ next" must not read as "word1".
            line.Append(' ');
            Markers.Add(int.Parse(marker.ToString(), NumberStyles.None, CultureInfo.InvariantCulture));
            MarkerPages.Add(_page);
            marker.Clear();
        }
    }

    /// <summary>
    /// A digit set as a note marker: either synthesized (a smaller size on a raised baseline) or a superior-digit
    /// glyph (<c>sups</c>: same size and baseline, but the glyph's outline starts well above the baseline).
    /// </summary>
    private static bool IsSuperscript(Letter letter, Letter previous)
    {
        if (letter.Value.Length == 0 || !letter.Value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var synthesized = letter.PointSize < 0.85 * previous.PointSize && letter.StartBaseLine.Y > previous.StartBaseLine.Y + 0.1 * previous.PointSize;
        var superior = letter.BoundingBox.Bottom > letter.StartBaseLine.Y + 0.2 * letter.PointSize;
        return synthesized || superior;
    }

    private List<string> Joined(List<string> lines, IReadOnlySet<string> expected)
    {
        var words = new List<string>();
        var pendingHyphen = false;
        foreach (var line in lines)
        {
            var lineWords = WordList.Of(line);
            if (pendingHyphen && words.Count > 0 && lineWords.Count > 0 && expected.Contains(words[^1] + lineWords[0]))
            {
                words[^1] += lineWords[0];
                HyphenJoins++;
                lineWords.RemoveAt(0);
            }

            words.AddRange(lineWords);
            var trimmed = line.TrimEnd();
            pendingHyphen = Hyphens.Any(h => trimmed.EndsWith(h, StringComparison.Ordinal));
        }

        return words;
    }
}
