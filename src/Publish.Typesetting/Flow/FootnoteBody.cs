using System.Collections.Immutable;

namespace Publish.Typesetting.Flow;

/// <summary>A note set for the page bottom: its number and its lines, each advancing by its own leading.</summary>
public sealed record FootnoteBody(int Number, ImmutableArray<NoteLine> Lines)
{
    public double Height => Lines.Sum(l => l.Leading);
}
