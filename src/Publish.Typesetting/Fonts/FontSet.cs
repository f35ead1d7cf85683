using System.Collections.Immutable;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The fallback chains of a paragraph style's faces, one per <see cref="FontVariant"/>. Owns the faces it loaded.
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly ImmutableArray<FontFace> _owned;
    private readonly FontFallbackChain[] _chains;

    private FontSet(ImmutableArray<FontFace> owned, FontFallbackChain[] chains)
    {
        _owned = owned;
        _chains = chains;
    }

    /// <summary>
    /// Loads the text family, the monospaced face and the fallback faces (tried after the variant's own face,
    /// in the order given; e.g. Noto Sans for symbols the serif lacks). A file shared by several roles is loaded once.
    /// </summary>
    public static FontSet Load(TypefaceFiles text, string mono, IReadOnlyList<string> fallbacks)
    {
        var loaded = new Dictionary<string, FontFace>(StringComparer.Ordinal);
        FontFace Get(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            if (!loaded.TryGetValue(full, out var face))
            {
                face = FontFace.Load(full);
                loaded.Add(full, face);
            }

            return face;
        }

        var fallbackFaces = fallbacks.Select(Get).ToImmutableArray();
        FontFallbackChain Chain(string path)
        {
            var primary = Get(path);
            return new FontFallbackChain([primary, .. fallbackFaces.Where(f => !ReferenceEquals(f, primary))]);
        }

        var chains = new FontFallbackChain[5];
        chains[(int)FontVariant.Regular] = Chain(text.Regular);
        chains[(int)FontVariant.Italic] = Chain(text.Italic);
        chains[(int)FontVariant.Bold] = Chain(text.Bold);
        chains[(int)FontVariant.BoldItalic] = Chain(text.BoldItalic);
        chains[(int)FontVariant.Mono] = new FontFallbackChain([Get(mono), Get(text.Regular), .. fallbackFaces]);
        return new FontSet([.. loaded.Values], chains);
    }

    public FontFallbackChain ChainFor(FontVariant variant) => _chains[(int)variant];

    public void Dispose()
    {
        foreach (var face in _owned)
        {
            face.Dispose();
        }
    }
}
