namespace Publish.Citations;

/// <summary>A citation: the cites of one place in the text, and the note it sits in (0: in the text).</summary>
public sealed class Citation
{
    /// <summary>A citation of <paramref name="cites"/> in note <paramref name="noteIndex"/>.</summary>
    public Citation(IReadOnlyList<Cite> cites, int noteIndex, string id = "")
    {
        Cites = cites;
        NoteIndex = noteIndex;
        Id = id;
    }

    /// <summary>The cites, in the order written.</summary>
    public IReadOnlyList<Cite> Cites { get; }

    /// <summary>The footnote number the citation is in (0 when it is in the running text).</summary>
    public int NoteIndex { get; set; }

    /// <summary>The citation's id (citeproc-js's citationID), or empty.</summary>
    public string Id { get; }
}
