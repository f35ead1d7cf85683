namespace Publish.Typesetting.Paragraphs;

/// <summary>What an <see cref="InlineSpan"/> is; <see cref="None"/>: the paragraph's own text.</summary>
public enum InlineSpanKind
{
    None,
    Link,
    NoteReference,
    Label,

    /// <summary>Text in a language other than its paragraph's (a span with <c>lang</c>): a Span element with /Lang.</summary>
    Language,
}
