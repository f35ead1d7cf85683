namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// The named destination (ISO 32000-1 §12.3.2.3) a cross-reference target's id gets in the print edition. Prefixed so
/// an author's id can never take a name the layout already uses (<c>fn3</c>, <c>sec-2</c>, <c>title</c>); whatever
/// sets a target (a heading, figure, table or span with an id) places a destination of this name where it begins.
/// </summary>
public static class CrossReferenceDestination
{
    public static string For(string id) => "ref-" + id;
}
