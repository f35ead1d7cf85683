namespace Publish.Typesetting.Paragraphs;

/// <summary>What an <see cref="InlineSpan"/> is; <see cref="None"/>: the paragraph's own text.</summary>
public enum InlineSpanKind
{
    None,
    Link,
    NoteReference,
    Label,
}
