namespace Publish.Styles;

/// <summary>How the print edition sets a fenced div whose class the house style names (<see cref="DivStyle"/>).</summary>
public enum DivTreatment
{
    /// <summary>Its content as if the div were not there (the treatment of a class the style does not know).</summary>
    Plain,

    /// <summary>An inset box ruled above and below, led by its label on a line of its own (notes, warnings, sidebars).</summary>
    Box,

    /// <summary>A narrow italic block against the right edge of the column; a last paragraph led by a dash is its attribution, set flush right.</summary>
    Epigraph,

    /// <summary>As the front matter's abstract: a section with its label as a heading, inset on both sides.</summary>
    Abstract,
}
