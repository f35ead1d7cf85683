namespace Publish.Manuscript.Legacy;

internal enum LegacyTokenKind
{
    Text,

    /// <summary>A note marker; the token's value is the label.</summary>
    NoteMarker,

    /// <summary>A web link or an e-mail address; the value is the text as written, the target the URL.</summary>
    Link,

    /// <summary>A <c>**bold**</c> remnant; the value is the text inside.</summary>
    Strong,
}
