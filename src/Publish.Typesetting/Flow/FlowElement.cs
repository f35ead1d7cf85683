namespace Publish.Typesetting.Flow;

/// <summary>One item of the vertical flow of main text, in reading order. Closed set.</summary>
public abstract record FlowElement;
