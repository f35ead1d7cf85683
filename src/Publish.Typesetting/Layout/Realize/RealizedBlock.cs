namespace Publish.Typesetting.Layout.Realize;

/// <summary>One thing the print layout places, in reading order. Closed set: paragraph, code, figure, space, group, box open/close.</summary>
internal abstract record RealizedBlock;
