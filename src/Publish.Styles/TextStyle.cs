namespace Publish.Styles;

/// <summary>
/// The look of one text role. Every length is in PDF points (1/72 in), already resolved: <c>1em</c> in the
/// style file became <see cref="Size"/> points. Invariants: <see cref="Size"/> &gt; 0,
/// <see cref="Leading"/> &gt; 0 (baseline to baseline), spaces and indents &gt;= 0.
/// A paragraph is told apart from the previous one either by <see cref="FirstLineIndent"/> or by
/// <see cref="SpaceBefore"/>/<see cref="SpaceAfter"/>; a style may use both.
/// </summary>
public sealed record TextStyle
{
    /// <summary>A key of <see cref="HouseStyle.Fonts"/>; the loader guarantees it exists.</summary>
    public required string Family { get; init; }

    public required FontFace Face { get; init; }

    public required double Size { get; init; }

    public required double Leading { get; init; }

    public required TextAlignment Alignment { get; init; }

    /// <summary>Indent of a paragraph's first line. Conventionally not applied after a heading; that is the typesetter's rule.</summary>
    public required double FirstLineIndent { get; init; }

    /// <summary>Indent of every line but the first (bibliographies).</summary>
    public required double HangingIndent { get; init; }

    public required double SpaceBefore { get; init; }

    public required double SpaceAfter { get; init; }

    public required StyleColor Color { get; init; }
}
