namespace Publish.Styles;

/// <summary>What marks a figure whose photo file is missing (the style's <c>figures.missing-mark</c>).</summary>
public enum MissingFigureMark
{
    /// <summary>The word for a photo in the book's language, in brackets, before the caption ("[Photo]", "[Fotoğraf]").</summary>
    Label,

    /// <summary>The style's own text (<see cref="FigureStyle.MissingText"/>) before the caption.</summary>
    Text,

    /// <summary>No mark: the caption alone, still with the figure's spacing.</summary>
    None,
}
