using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>A structure element inside a note: under group <see cref="Parent"/> (an index in the note's groups; null: the note itself).</summary>
internal sealed record NoteGroup(int? Parent, StructureRole Role);
