using System.Collections.Immutable;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// Everything the print edition sets, in reading order: the <see cref="Blocks"/> to place, the
/// <see cref="Requests"/> they (and the notes) set, in the order they are placed — each note's requests right after
/// the request that first refers to it —, the <see cref="Notes"/> by number, the <see cref="Outline"/> and where
/// the body's progress stands (<see cref="Progress"/>).
/// </summary>
internal sealed record Realization(
    ImmutableArray<RealizedBlock> Blocks,
    ImmutableArray<ParagraphRequest> Requests,
    IReadOnlyDictionary<int, RealizedNote> Notes,
    ImmutableArray<OutlineTarget> Outline,
    ImmutableArray<ProgressMark> Progress);
