namespace Publish.Typesetting.Layout.Tables;

/// <summary>A horizontal rule across the table, its centre <see cref="Y"/> below the top of the row that draws it.</summary>
internal readonly record struct TableRule(double Y, double Thickness);
