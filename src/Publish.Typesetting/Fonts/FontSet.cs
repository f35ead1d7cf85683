using System.Collections.Immutable;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The fallback chains of a paragraph style's faces, one per <see cref="FontVariant"/>: the variant's own face
/// first, then the fallback faces in the order given (e.g. Noto Sans for symbols the serif lacks).
/// Faces come from a <see cref="FontLibrary"/>, shared with other sets of the same build.
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly FontFallbackChain[] _chains;
    private readonly FontLibrary? _ownedLibrary;

    private FontSet(FontFallbackChain[] chains, FontLibrary? ownedLibrary)
    {
        _chains = chains;
        _ownedLibrary = ownedLibrary;
    }

    /// <summary>A set over faces of a build-wide library (the library owns the faces).</summary>
    public static FontSet Load(FontLibrary library, TypefaceFiles text, string mono, IReadOnlyList<string> fallbacks) =>
        new(Chains(library, text, mono, Uniform(fallbacks)), null);

    /// <summary>
    /// A set whose fallback families give each variant its own face: a Hebrew word in a bold heading comes from the
    /// Hebrew family's bold, not its regular (a family without bold gives its regular, by the style's face rule).
    /// </summary>
    /// <param name="monoSynthesis">How the code face is imitated when its family lacks the face the code role asks for.</param>
    public static FontSet LoadPerVariant(FontLibrary library, TypefaceFiles text, string mono, IReadOnlyList<TypefaceFiles> fallbacks, SyntheticStyle? monoSynthesis = null) =>
        new(Chains(library, text, mono, fallbacks, monoSynthesis ?? SyntheticStyle.None), null);

    /// <summary>A set with a library of its own (tests, tools); disposing the set disposes its faces.</summary>
    public static FontSet Load(TypefaceFiles text, string mono, IReadOnlyList<string> fallbacks)
    {
        var library = new FontLibrary();
        return new FontSet(Chains(library, text, mono, Uniform(fallbacks)), library);
    }

    public FontFallbackChain ChainFor(FontVariant variant) => _chains[(int)variant];

    public void Dispose() => _ownedLibrary?.Dispose();

    private static List<TypefaceFiles> Uniform(IReadOnlyList<string> fallbacks) => [.. fallbacks.Select(f => new TypefaceFiles(f, f, f, f))];

    private static FontFallbackChain[] Chains(FontLibrary library, TypefaceFiles text, string mono, IReadOnlyList<TypefaceFiles> fallbacks, SyntheticStyle? monoSynthesis = null)
    {
        var fallbackFaces = fallbacks.Select(f => library.Get(f.Regular)).ToImmutableArray();
        FontFallbackChain Chain(string path, SyntheticStyle synthesis, Func<TypefaceFiles, string> face)
        {
            // Only the family's own face is imitated: a fallback family is there for a script, and scripts such as
            // Hebrew or Arabic have no italic convention to imitate.
            var primary = library.Get(path, synthesis);
            return new FontFallbackChain([primary, .. fallbacks.Select(f => library.Get(face(f))).Where(f => !ReferenceEquals(f, primary))]);
        }

        var chains = new FontFallbackChain[5];
        chains[(int)FontVariant.Regular] = Chain(text.Regular, SyntheticStyle.None, f => f.Regular);
        chains[(int)FontVariant.Italic] = Chain(text.Italic, text.ItalicSynthesis, f => f.Italic);
        chains[(int)FontVariant.Bold] = Chain(text.Bold, text.BoldSynthesis, f => f.Bold);
        chains[(int)FontVariant.BoldItalic] = Chain(text.BoldItalic, text.BoldItalicSynthesis, f => f.BoldItalic);

        // Code falls back to the text face before the general fallbacks: a serif glyph beats a missing one.
        var monoFace = library.Get(mono, monoSynthesis ?? SyntheticStyle.None);
        var regular = library.Get(text.Regular);
        chains[(int)FontVariant.Mono] = new FontFallbackChain(
            [monoFace, .. new[] { regular }.Concat(fallbackFaces).Where(f => !ReferenceEquals(f, monoFace)).Distinct()]);
        return chains;
    }
}
