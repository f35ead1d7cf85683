namespace Publish.Styles;

/// <summary>
/// A font family and its face files (absolute paths; the style file names them relative to its own
/// folder). <see cref="Regular"/> is required. A missing face falls back by this rule, so a family with
/// only some faces still sets every text:
/// italic → regular; bold → regular; bold italic → bold, else italic, else regular.
/// The fallback keeps weight before slant because a heading set in bold reads as a heading even upright.
/// </summary>
public sealed record FontFamilyDefinition(string Name, string Regular, string? Italic, string? Bold, string? BoldItalic)
{
    /// <summary>The face actually used for <paramref name="requested"/>, after the fallback rule.</summary>
    public FontFace AvailableFace(FontFace requested) => requested switch
    {
        FontFace.Regular => FontFace.Regular,
        FontFace.Italic => Italic is null ? FontFace.Regular : FontFace.Italic,
        FontFace.Bold => Bold is null ? FontFace.Regular : FontFace.Bold,
        FontFace.BoldItalic => BoldItalic is not null ? FontFace.BoldItalic
            : Bold is not null ? FontFace.Bold
            : Italic is not null ? FontFace.Italic
            : FontFace.Regular,
        _ => throw new ArgumentOutOfRangeException(nameof(requested), requested, "Unknown font face."),
    };

    /// <summary>The file of the face used for <paramref name="requested"/>, after the fallback rule.</summary>
    public string FileFor(FontFace requested) => AvailableFace(requested) switch
    {
        FontFace.Italic => Italic!,
        FontFace.Bold => Bold!,
        FontFace.BoldItalic => BoldItalic!,
        _ => Regular,
    };
}
