using System.Collections.Immutable;
using Publish.Model;
using Publish.Styles;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Finish;

/// <summary>What finishing the pages needs besides the pages: the document and style, the press profile's bleed and marks, the outline and structure tree, and the edition's date and producer.</summary>
internal sealed record PrintFinish(
    Document Document,
    HouseStyle Style,
    double Bleed,
    PrintMarks Marks,
    ImmutableArray<OutlineTarget> Outline,
    StructureBuilder Structure,
    DateTimeOffset Date,
    string Producer)
{
    /// <summary>The document has cross-references: their links are checked against the destinations the pages define.</summary>
    public bool HasCrossReferences { get; init; }

    /// <summary>An article inside a book: the folio of its first page; the book draws footer and header. Null: a document alone.</summary>
    public int? FirstFolio { get; init; }
}
