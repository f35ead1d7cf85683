namespace Publish.Typesetting.Frames;

/// <summary>Font-wide metrics in font units (y up, as in the font file), for the PDF font descriptor.</summary>
public sealed record FontMetrics(
    int Ascender,
    int Descender,
    int CapHeight,
    int XHeight,
    int BoundingBoxLeft,
    int BoundingBoxBottom,
    int BoundingBoxRight,
    int BoundingBoxTop,
    double ItalicAngle,
    bool IsSerif,
    bool IsItalic,
    bool IsBold,
    bool IsFixedPitch);
