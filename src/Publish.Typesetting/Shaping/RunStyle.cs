using Publish.Typesetting.Bidi;
using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Shaping;

/// <summary>
/// How a run of text is set: face, nominal size in points, extra OpenType features, and the direction the bidi
/// algorithm resolved for it (null: HarfBuzz guesses from the script, which for text without right-to-left letters is
/// always left to right). The shaping cache key.
/// </summary>
public readonly record struct RunStyle(FontVariant Variant, double Size, TypographicFeatures Features = TypographicFeatures.None, BidiDirection? Direction = null);
