using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// What a box, glue or hyphen penalty draws: glyphs [start, end) of a shaped text and the piece they come from.
/// <see cref="FirstGlyphText"/> replaces the first glyph's source text (U+00AD for a hyphen added at a break).
/// <see cref="TextStart"/> is where its first character sits in the paragraph's text (<see cref="ParagraphItems.Bidi"/>),
/// which places it on a bidirectional line; -1 for what has no character of its own (the added hyphen).
/// <see cref="Anchor"/> is a destination that begins with this box (the first box of a span with an id).
/// </summary>
internal readonly record struct ItemContent(ShapedText Shaped, int GlyphStart, int GlyphEnd, int Piece, string? FirstGlyphText = null, int TextStart = -1, string? Anchor = null);
