using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// What a box, glue or hyphen penalty draws: glyphs [start, end) of a shaped text and the piece they come from.
/// <see cref="FirstGlyphText"/> replaces the first glyph's source text (U+00AD for a hyphen added at a break).
/// </summary>
internal readonly record struct ItemContent(ShapedText Shaped, int GlyphStart, int GlyphEnd, int Piece, string? FirstGlyphText = null);
