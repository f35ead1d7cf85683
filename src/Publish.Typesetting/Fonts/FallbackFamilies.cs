using System.Text;
using Publish.Model;
using Publish.Model.Input;
using Publish.Model.Text;
using Publish.Styles;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// The style's <c>font-fallback</c> families a document needs: those that have a character of the document the body
/// family lacks (a Hebrew quotation in a Noto Serif book needs Noto Serif Hebrew). The EPUB embeds these beside the
/// body family, so the reading system shows the quotation in the face the print edition uses, not tofu; a book
/// without such characters embeds nothing more. Only cmaps are read.
/// </summary>
public static class FallbackFamilies
{
    public static IReadOnlyList<string> Needed(Document document, HouseStyle style, FontFileStore files)
    {
        using var library = new FontLibrary(files);
        return Needed(document, style, library);
    }

    /// <summary>
    /// As <see cref="Needed(Document, HouseStyle, FontFileStore)"/>, reading the faces through <paramref name="library"/>:
    /// a book asks for each of its articles, and opening the fallback faces (large CJK fonts) once per article was most of it.
    /// </summary>
    public static IReadOnlyList<string> Needed(Document document, HouseStyle style, FontLibrary library)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(library);
        var body = library.Get(style.Fonts[style.Text.Body.Family].Regular);
        var fallbacks = style.FontFallback
            .Where(family => !string.Equals(family, style.Text.Body.Family, StringComparison.Ordinal))
            .Select(family => (Family: family, Face: library.Get(style.Fonts[family].Regular)))
            .ToList();
        var needed = new bool[fallbacks.Count];
        var seen = new CodePointSet();
        var asciiCovered = CoversPrintableAscii(body);
        GlyphCoverage.ForEachText(document, (text, _) =>
        {
            // Most of a Latin-script book is ASCII, which a body face that has all of it never needs a fallback for:
            // only the rest is looked at (this walk over every article was ~25 ms of a 40-article book's EPUB).
            var span = text.AsSpan();
            var start = asciiCovered ? span.IndexOfAnyExceptInRange('\0', '\u007F') : 0;
            if (start < 0)
            {
                return;
            }

            foreach (var rune in span[start..].EnumerateRunes())
            {
                if ((asciiCovered && rune.IsAscii) || !seen.Add(rune.Value) || Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || body.HasGlyph(rune.Value))
                {
                    continue;
                }

                if (FirstHaving(fallbacks, rune.Value) is var index and >= 0)
                {
                    needed[index] = true;
                }
            }
        });

        return [.. fallbacks.Where((_, i) => needed[i]).Select(f => f.Family)];
    }

    /// <summary>Whether the face has a glyph for every printable ASCII character (the rest of ASCII is space and controls, never shown).</summary>
    private static bool CoversPrintableAscii(ShapingFace face)
    {
        for (var c = 0x21; c <= 0x7E; c++)
        {
            if (!face.HasGlyph(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first family of the chain that has the code point, as the print edition picks; -1 when none has. A loop, not
    /// a lambda: one capturing the rune made an object per character of every article.
    /// </summary>
    private static int FirstHaving(List<(string Family, ShapingFace Face)> fallbacks, int codePoint)
    {
        for (var i = 0; i < fallbacks.Count; i++)
        {
            if (fallbacks[i].Face.HasGlyph(codePoint))
            {
                return i;
            }
        }

        return -1;
    }
}
