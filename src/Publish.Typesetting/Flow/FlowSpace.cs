namespace Publish.Typesetting.Flow;

/// <summary>Vertical space between blocks; dropped at the top of a page, where it would only push text down.</summary>
public sealed record FlowSpace(double Height) : FlowElement;
