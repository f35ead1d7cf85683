namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// A chosen break: the line ends at item <see cref="ItemIndex"/> (a glue or penalty; the break item itself is
/// not on the line except a penalty's width, e.g. a hyphen). <see cref="Ratio"/> is the adjustment ratio with
/// the line's real stretch (&gt; 1 = looser than the glue allows, &lt; -1 = overfull), <see cref="Badness"/> TeX's.
/// </summary>
public readonly record struct LineBreak(int ItemIndex, int LineStart, double Ratio, double Badness, bool Overfull, int Pass);
