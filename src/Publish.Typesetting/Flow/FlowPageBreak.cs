namespace Publish.Typesetting.Flow;

/// <summary>A forced page break (e.g. before end matter when the style asks for it).</summary>
public sealed record FlowPageBreak : FlowElement;
