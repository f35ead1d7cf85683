namespace Publish.Typesetting.Fonts;

/// <summary>The four font files of a text family, as paths. The integrator maps the house style onto this.</summary>
public sealed record TypefaceFiles(string Regular, string Italic, string Bold, string BoldItalic);
