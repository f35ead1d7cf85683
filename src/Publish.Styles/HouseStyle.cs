using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Styles;

/// <summary>
/// A house style, loaded from <c>styles/*.yaml</c> by <see cref="HouseStyleLoader"/>. Immutable; every value
/// resolved (lengths in points, files as absolute paths). Invariants the loader guarantees: every
/// <see cref="TextStyle.Family"/> and every <see cref="FontFallback"/> family is a key of <see cref="Fonts"/>,
/// and every font and pattern file named existed when the style was loaded.
/// </summary>
public sealed record HouseStyle
{
    /// <summary>
    /// The house style shipped with Publish (<c>styles/default.yaml</c> beside the application's assemblies), loaded
    /// once, whatever the working folder. Other shipped styles load by name through <see cref="ShippedStyles.Load"/>.
    /// Throws <see cref="InvalidOperationException"/> (naming each problem) when the shipped styles folder is missing.
    /// </summary>
    public static HouseStyle Default => ShippedStyles.Default;

    public required string Name { get; init; }

    /// <summary>Absolute path of the style file; empty for a style not read from a file.</summary>
    public required string SourceFile { get; init; }

    /// <summary>The style files this one <c>extends:</c> (absolute paths, nearest first); empty when it extends none.</summary>
    public ImmutableArray<string> ExtendedFiles { get; init; } = [];

    /// <summary>
    /// The style file's text as read (a leading BOM removed), so a diagnostic found later in one of its values — a
    /// footer line with a character no font has — gets its line and column without reading the file again. Null for
    /// a style not read from text.
    /// </summary>
    public string? SourceText { get; init; }

    public required PageGeometry Page { get; init; }

    public required TextStyles Text { get; init; }

    /// <summary>Family name (case-sensitive, as written in the style) → faces.</summary>
    public required ImmutableDictionary<string, FontFamilyDefinition> Fonts { get; init; }

    /// <summary>
    /// Families (keys of <see cref="Fonts"/>) tried in order for a character a text style's own family has no
    /// glyph for; a character none of them has is the typesetter's .notdef case.
    /// </summary>
    public required ImmutableArray<string> FontFallback { get; init; }

    public required HyphenationSettings Hyphenation { get; init; }

    public required FooterStyle Footer { get; init; }

    public required EpubOptions Epub { get; init; }

    /// <summary>How the print edition sets fenced divs by class (note, warning, epigraph, abstract…).</summary>
    public DivStyles Divs { get; init; } = DivStyles.Default;

    /// <summary>The printing condition of <c>--pdf-profile press</c>; null: the FOGRA39 profile shipped with Publish.</summary>
    public PressOutputIntent? Press { get; init; }

    /// <summary>How tables are set in print; the defaults unless the style file says otherwise.</summary>
    public TableStyle Tables { get; init; } = new();

    /// <summary>How footnotes are laid out in print: where their numbers stand.</summary>
    public NoteStyle Notes { get; init; } = new();

    /// <summary>Defaults for a manuscript's citations (its front matter wins); none unless the style file says.</summary>
    public CitationDefaults Citations { get; init; } = new();

    /// <summary>How figures are set in print: the mark of one whose photo is missing.</summary>
    public FigureStyle Figures { get; init; } = new();

    /// <summary>Page make-up: flush or ragged page bottoms; the defaults unless the style file says otherwise.</summary>
    public MakeUpStyle MakeUp { get; init; } = new();

    /// <summary>Character protrusion and font expansion of justified text; protrusion on, expansion off unless the style file says otherwise.</summary>
    public MicrotypeSettings Microtype { get; init; } = new();

    /// <summary>Spacing rules of the body's lines (sentence spacing); the defaults unless the style file says otherwise.</summary>
    public TypographySettings Typography { get; init; } = new();

    /// <summary>The font file for a text style, after the face fallback rule of <see cref="FontFamilyDefinition"/>.</summary>
    public string FontFileFor(TextStyle style) => Fonts[style.Family].FileFor(style.Face);
}
