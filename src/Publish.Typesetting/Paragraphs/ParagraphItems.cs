namespace Publish.Typesetting.Paragraphs;

/// <summary>The box/glue/penalty list of one paragraph and what each item draws (indexed by <see cref="BreakItem.Content"/>).</summary>
internal sealed record ParagraphItems(List<BreakItem> Items, List<ItemContent> Contents, List<StyledPiece> Pieces);
