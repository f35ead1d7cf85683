namespace Publish.Styles;

/// <summary>The four faces a font family may ship.</summary>
public enum FontFace
{
    Regular,
    Italic,
    Bold,
    BoldItalic,
}
