namespace Publish.Model.Blocks;

/// <summary>
/// A column of a <see cref="TableBlock"/>. <see cref="RelativeWidth"/> is the share of the table's width the source
/// gives it (a grid table's or a long pipe table's dashes, summing to 1 over the columns), or null when the
/// layout should size the column from its content.
/// </summary>
public sealed record TableColumn(TableAlignment Alignment, double? RelativeWidth);
