namespace Publish.Styles;

/// <summary>What the print layout does with a table wider than the measure even at its narrowest columns.</summary>
public enum TableWideMode
{
    /// <summary>Set it smaller, down to <see cref="TableStyle.MinimumSizeRatio"/>; past that, words break inside (with a warning).</summary>
    Shrink,

    /// <summary>Keep the size; words break inside (with a warning).</summary>
    None,
}
