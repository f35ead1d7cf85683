using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// A note set for the page foot: its <see cref="Pieces"/> in reading order (the first led by its number), each starting
/// on a new line, and the structure <see cref="Groups"/> they belong to (a list, its items, a quote), made under the
/// note's own element when the note is placed.
/// </summary>
internal sealed record RealizedNote(Note Note, ImmutableArray<NoteGroup> Groups, ImmutableArray<NotePiece> Pieces);
