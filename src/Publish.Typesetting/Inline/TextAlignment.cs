namespace Publish.Typesetting.Inline;

public enum TextAlignment
{
    /// <summary>Both edges flush; interword glue stretches and shrinks.</summary>
    Justified,

    /// <summary>Left edge flush; spaces keep their natural width and lines end short.</summary>
    RaggedRight,
}
