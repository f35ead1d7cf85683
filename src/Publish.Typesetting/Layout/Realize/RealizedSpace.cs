namespace Publish.Typesetting.Layout.Realize;

/// <summary>Vertical space between blocks.</summary>
internal sealed record RealizedSpace(double Height) : RealizedBlock;
