using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Shaping;

/// <summary>How a run of text is set: face, nominal size in points, and extra OpenType features. The shaping cache key.</summary>
public readonly record struct RunStyle(FontVariant Variant, double Size, TypographicFeatures Features = TypographicFeatures.None);
