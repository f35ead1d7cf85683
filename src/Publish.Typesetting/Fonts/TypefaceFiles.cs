namespace Publish.Typesetting.Fonts;

/// <summary>
/// The four font files of a text family, as paths, and how a face the family lacks is imitated with the file that
/// stands in for it (none by default). The integrator maps the house style onto this.
/// </summary>
public sealed record TypefaceFiles(string Regular, string Italic, string Bold, string BoldItalic)
{
    public SyntheticStyle ItalicSynthesis { get; init; } = SyntheticStyle.None;

    public SyntheticStyle BoldSynthesis { get; init; } = SyntheticStyle.None;

    public SyntheticStyle BoldItalicSynthesis { get; init; } = SyntheticStyle.None;
}
