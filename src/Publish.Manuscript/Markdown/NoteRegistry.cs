using Markdig.Extensions.Footnotes;
using Publish.Model;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The notes met while converting, in order of first reference: one <see cref="Note"/> per Markdig
/// <see cref="Footnote"/> (or inline note <c>^[…]</c>, which is referenced once), so a note referenced twice is one instance behind two markers. Invariant: numbers
/// are 1..Count with no gap, assigned when a note is first referenced from outside a note.
/// </summary>
internal sealed class NoteRegistry
{
    private readonly Dictionary<object, Note> _notes = [];
    private readonly List<Note> _ordered = [];
    private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

    public IReadOnlyList<Note> Ordered => _ordered;

    public int NextNumber => _ordered.Count + 1;

    public bool TryGet(object footnote, out Note note) => _notes.TryGetValue(footnote, out note!);

    public void Add(object footnote, Note note)
    {
        _notes.Add(footnote, note);
        _ordered.Add(note);
        _labels.Add(note.Label);
    }

    public bool IsReferenced(string label) => _labels.Contains(label);
}
