using System.Globalization;
using System.Text;
using Publish.Model;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Finds the parts of a legacy export by the archive's conventions, working in from both ends:
/// from the top the title, the author and the title repeated; from the bottom the institution's contact
/// block, then <c>To cite this article:</c> and <c>About the Author :</c>; in between the body, the
/// bibliography (after its heading) and the notes area (the run of <c>[n]</c> definitions after the
/// bibliography, or at the end of the body when there is no bibliography).
/// </summary>
internal static class LegacyLayoutAnalyzer
{
    /// <summary>Returns null when there is no paragraph at all (no title).</summary>
    public static LegacyLayout? Analyze(IReadOnlyList<LegacyParagraph> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var title = paragraphs[0];
        var start = 1;
        LegacyParagraph? author = null;
        if (start < paragraphs.Count && LooksLikeAuthor(paragraphs[start]) && !SameText(paragraphs[start].Text, title.Text))
        {
            author = paragraphs[start];
            start++;
        }

        // The export repeats the title once (as the page's heading) right after the byline.
        if (start < paragraphs.Count && SameText(paragraphs[start].Text, title.Text))
        {
            start++;
        }

        var institutionStart = FindInstitution(paragraphs, start);
        var citation = LastIndex(paragraphs, start, institutionStart, p => LegacyPatterns.Citation().IsMatch(p.Text));
        var about = LastIndex(paragraphs, start, institutionStart, p => LegacyPatterns.AboutAuthor().IsMatch(p.Text));
        var tailStart = Math.Min(institutionStart, Math.Min(citation < 0 ? int.MaxValue : citation, about < 0 ? int.MaxValue : about));

        var body = new List<LegacyParagraph>();
        var bibliography = new List<LegacyParagraph>();
        var notes = new List<LegacyParagraph>();
        SplitMiddle(paragraphs, start, tailStart, body, bibliography, notes);

        var aboutAuthor = new List<LegacyParagraph>();
        for (var i = tailStart; i < institutionStart; i++)
        {
            if (i == citation || i == about)
            {
                continue;
            }

            // Paragraphs after the About the Author label belong to it until the citation; anything else in
            // the tail is kept in the body rather than lost.
            if (about >= 0 && i > about && (citation < about || i < citation))
            {
                aboutAuthor.Add(paragraphs[i]);
            }
            else
            {
                body.Add(paragraphs[i]);
            }
        }

        return new LegacyLayout(
            title,
            author,
            body,
            bibliography,
            notes,
            about >= 0 ? paragraphs[about] : null,
            aboutAuthor,
            citation >= 0 ? paragraphs[citation] : null,
            [.. paragraphs.Skip(institutionStart)]);
    }

    /// <summary>Body, then optionally the bibliography heading and entries; note definitions trail either.</summary>
    private static void SplitMiddle(
        IReadOnlyList<LegacyParagraph> paragraphs, int start, int end, List<LegacyParagraph> body, List<LegacyParagraph> bibliography, List<LegacyParagraph> notes)
    {
        var heading = FirstIndex(paragraphs, start, end, p => LegacyPatterns.BibliographyHeading().IsMatch(p.Text));
        var bodyEnd = heading < 0 ? end : heading;

        // Notes written before the bibliography (or at the end when there is none): everything after a notes
        // heading that is followed by a definition (so a note may have several paragraphs), else the trailing
        // run of definitions.
        var notesHeading = LastIndex(paragraphs, start, bodyEnd - 1, p => LegacyPatterns.NotesHeading().IsMatch(p.Text));
        int notesStart;
        if (notesHeading >= 0 && IsDefinition(paragraphs[notesHeading + 1]))
        {
            notesStart = notesHeading + 1;
            body.AddRange(paragraphs.Skip(start).Take(notesHeading - start));
        }
        else
        {
            notesStart = bodyEnd;
            while (notesStart - 1 >= start && IsDefinition(paragraphs[notesStart - 1]))
            {
                notesStart--;
            }

            body.AddRange(paragraphs.Skip(start).Take(notesStart - start));
        }

        notes.AddRange(paragraphs.Skip(notesStart).Take(bodyEnd - notesStart));
        if (heading < 0)
        {
            return;
        }

        // After the heading: entries up to the first definition; from there on the notes area, where a paragraph
        // that is not a definition continues the note before it.
        var inNotes = false;
        for (var i = heading + 1; i < end; i++)
        {
            var paragraph = paragraphs[i];
            inNotes |= IsDefinition(paragraph);
            if (!inNotes && LegacyPatterns.NotesHeading().IsMatch(paragraph.Text))
            {
                inNotes = true;
                continue;
            }

            (inNotes ? notes : bibliography).Add(paragraph);
        }
    }

    /// <summary>
    /// The start of the trailing run of contact lines (and postal address lines among them), or the paragraph
    /// count when the run holds no telephone, e-mail or copyright line: URLs alone do not make a contact block.
    /// </summary>
    private static int FindInstitution(IReadOnlyList<LegacyParagraph> paragraphs, int start)
    {
        var first = paragraphs.Count;
        var strong = false;
        for (var i = paragraphs.Count - 1; i >= start; i--)
        {
            var line = LegacyContactLine.Read(paragraphs[i]);
            if (line is null)
            {
                break;
            }

            strong |= InstitutionLineClassifier.IsStrong(line.Kind);
            first = i;
        }

        return strong ? first : paragraphs.Count;
    }

    public static bool IsDefinition(LegacyParagraph paragraph) => LegacyPatterns.NoteDefinition().IsMatch(paragraph.Text);

    /// <summary>A byline: short, no URL, not a sentence, not a known label.</summary>
    private static bool LooksLikeAuthor(LegacyParagraph paragraph)
    {
        var text = paragraph.Text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return text.Length <= 100 && words <= 10
            && !text.EndsWith('.') && !text.EndsWith('!') && !text.EndsWith('?') && !text.EndsWith(':')
            && !text.Contains("://", StringComparison.Ordinal)
            && !LegacyPatterns.PhotoCaption().IsMatch(text)
            && !LegacyPatterns.BibliographyHeading().IsMatch(text);
    }

    /// <summary>Equal ignoring case and white space (the repeated title may differ in both).</summary>
    public static bool SameText(string a, string b) => string.Equals(Squeeze(a), Squeeze(b), StringComparison.Ordinal);

    private static string Squeeze(string text)
    {
        var squeezed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                squeezed.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return squeezed.ToString();
    }

    private static int FirstIndex(IReadOnlyList<LegacyParagraph> paragraphs, int start, int end, Func<LegacyParagraph, bool> predicate)
    {
        for (var i = start; i < end; i++)
        {
            if (predicate(paragraphs[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastIndex(IReadOnlyList<LegacyParagraph> paragraphs, int start, int end, Func<LegacyParagraph, bool> predicate)
    {
        for (var i = end - 1; i >= start; i--)
        {
            if (predicate(paragraphs[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
