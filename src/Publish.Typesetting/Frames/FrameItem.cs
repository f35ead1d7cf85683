namespace Publish.Typesetting.Frames;

/// <summary>Something placed on a page. Closed set; the PDF writer dispatches with one exhaustive switch.</summary>
public abstract record FrameItem;
