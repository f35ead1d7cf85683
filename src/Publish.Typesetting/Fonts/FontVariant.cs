namespace Publish.Typesetting.Fonts;

/// <summary>Which face of the paragraph's family a run is set in.</summary>
public enum FontVariant
{
    Regular,
    Italic,
    Bold,
    BoldItalic,

    /// <summary>Code: the monospaced family.</summary>
    Mono,
}
