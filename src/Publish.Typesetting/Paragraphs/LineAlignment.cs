namespace Publish.Typesetting.Paragraphs;

/// <summary>How a paragraph's lines meet the measure (the house style's own <c>TextAlignment</c> also knows centring, which layout does by shifting lines).</summary>
public enum LineAlignment
{
    /// <summary>Both edges flush; interword glue stretches and shrinks.</summary>
    Justified,

    /// <summary>Left edge flush; spaces keep their natural width and lines end short.</summary>
    RaggedRight,
}
