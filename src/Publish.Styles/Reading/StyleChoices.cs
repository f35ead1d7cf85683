using Publish.Model;

namespace Publish.Styles.Reading;

/// <summary>The words a style file may use for each enumerated setting.</summary>
internal static class StyleChoices
{
    public static IReadOnlyList<(string Word, FontFace Value)> Faces { get; } =
        [("regular", FontFace.Regular), ("italic", FontFace.Italic), ("bold", FontFace.Bold), ("bold-italic", FontFace.BoldItalic)];

    public static IReadOnlyList<(string Word, TextAlignment Value)> Alignments { get; } =
        [("justified", TextAlignment.Justified), ("ragged", TextAlignment.Ragged), ("centered", TextAlignment.Centered)];

    /// <summary>A note is set flush left or justified; centring it is not offered, the layout would not honour it.</summary>
    public static IReadOnlyList<(string Word, TextAlignment Value)> NoteAlignments { get; } =
        [("justified", TextAlignment.Justified), ("ragged", TextAlignment.Ragged)];

    public static IReadOnlyList<(string Word, FooterAlignment Value)> FooterAlignments { get; } =
    [
        ("left", FooterAlignment.Left), ("centered", FooterAlignment.Centered), ("right", FooterAlignment.Right),
        ("inside", FooterAlignment.Inside), ("outside", FooterAlignment.Outside),
    ];

    public static IReadOnlyList<(string Word, FooterInstitutionSource Value)> InstitutionSources { get; } =
        [("manuscript", FooterInstitutionSource.ManuscriptFirst), ("house", FooterInstitutionSource.House)];

    public static IReadOnlyList<(string Word, FooterPlacement Value)> Placements { get; } =
    [
        ("every-page", FooterPlacement.EveryPage), ("first-page", FooterPlacement.FirstPage), ("except-first-page", FooterPlacement.ExceptFirstPage),
        ("last-page", FooterPlacement.LastPage), ("none", FooterPlacement.None),
    ];

    public static IReadOnlyList<(string Word, NotesPlacement Value)> Notes { get; } =
        [("section-end", NotesPlacement.SectionEnd), ("after-paragraph", NotesPlacement.AfterParagraph)];

    public static IReadOnlyList<(string Word, InstitutionLineKind Value)> LineKinds { get; } =
    [
        ("address", InstitutionLineKind.Address), ("telephone", InstitutionLineKind.Telephone), ("social", InstitutionLineKind.Social),
        ("web", InstitutionLineKind.Web), ("email", InstitutionLineKind.Email), ("copyright", InstitutionLineKind.Copyright),
        ("other", InstitutionLineKind.Other),
    ];

    /// <summary>Named trim sizes in points (ISO 216 sizes from millimetres, US sizes from inches).</summary>
    public static IReadOnlyList<(string Word, (double Width, double Height) Value)> PageSizes { get; } =
    [
        ("A3", Millimetres(297, 420)), ("A4", Millimetres(210, 297)), ("A5", Millimetres(148, 210)), ("A6", Millimetres(105, 148)),
        ("B5", Millimetres(176, 250)), ("Letter", (612, 792)), ("Legal", (612, 1008)),
    ];

    private static (double, double) Millimetres(double width, double height) =>
        (width * LengthParser.PointsPerMillimetre, height * LengthParser.PointsPerMillimetre);
}
