using System.Collections.Immutable;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The faces tried in order for one style: the style's own face first, then fallbacks (e.g. Noto Sans for a
/// symbol Noto Serif lacks). Invariant: never empty; the first face draws .notdef for what no face has.
/// </summary>
public sealed class FontFallbackChain
{
    public FontFallbackChain(ImmutableArray<ShapingFace> faces)
    {
        if (faces.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A fallback chain needs at least one face.", nameof(faces));
        }

        Faces = faces;
    }

    public ImmutableArray<ShapingFace> Faces { get; }

    public ShapingFace Primary => Faces[0];

    /// <summary>The first face that has <paramref name="codePoint"/>, or null when none has it.</summary>
    public ShapingFace? FaceFor(int codePoint)
    {
        foreach (var face in Faces)
        {
            if (face.HasGlyph(codePoint))
            {
                return face;
            }
        }

        return null;
    }
}
