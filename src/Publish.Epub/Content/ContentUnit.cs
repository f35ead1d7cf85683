using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>
/// A top-level block and its address in the model, which is what print page anchors point at; or (<see cref="Entries"/>
/// not empty) the bibliography a <c>::: {#refs}</c> div placed in the text, its <see cref="Block"/> an empty stand-in.
/// </summary>
internal sealed record ContentUnit(ContentRegion Region, int Index, Block Block)
{
    public ImmutableArray<BibliographyEntry> Entries { get; init; } = [];

    /// <summary>How much text the unit sets, for splitting the text into files: a placed bibliography's is its entries'.</summary>
    public int Characters => Entries.IsEmpty ? PlainText.LengthOf(Block) : Entries.Sum(entry => PlainText.Of(entry.Content).Length);

    /// <summary>The bibliography set in the text where its <c>{#refs}</c> div stood.</summary>
    public static ContentUnit PlacedBibliography(ImmutableArray<BibliographyEntry> entries) =>
        new(ContentRegion.Bibliography, 0, new DivBlock([], entries[0].Span)) { Entries = entries };
}
