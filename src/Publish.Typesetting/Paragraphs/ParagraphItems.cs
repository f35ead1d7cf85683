using Publish.Typesetting.Bidi;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The box/glue/penalty list of one paragraph and what each item draws (indexed by <see cref="BreakItem.Content"/>).
/// <see cref="Bidi"/> is the paragraph's bidi analysis when it has right-to-left text or runs right to left (lines are
/// then reordered for display); null for a left-to-right paragraph without any, which is set in logical order.
/// </summary>
internal sealed record ParagraphItems(List<BreakItem> Items, List<ItemContent> Contents, List<StyledPiece> Pieces, BidiParagraph? Bidi = null);
