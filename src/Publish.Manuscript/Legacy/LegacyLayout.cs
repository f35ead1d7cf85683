namespace Publish.Manuscript.Legacy;

/// <summary>
/// The parts of a legacy export, found by <see cref="LegacyLayoutAnalyzer"/>: every paragraph of the file is
/// in exactly one part (or is a dropped label: the repeated title, the bibliography and notes headings).
/// <see cref="AboutAuthor"/> holds the text after the <c>About the Author :</c> label; <see cref="Citation"/>
/// the text after <c>To cite this article:</c>.
/// </summary>
internal sealed record LegacyLayout(
    LegacyParagraph Title,
    LegacyParagraph? Author,
    IReadOnlyList<LegacyParagraph> Body,
    IReadOnlyList<LegacyParagraph> Bibliography,
    IReadOnlyList<LegacyParagraph> NoteDefinitions,
    LegacyParagraph? AboutAuthorLabel,
    IReadOnlyList<LegacyParagraph> AboutAuthor,
    LegacyParagraph? Citation,
    IReadOnlyList<LegacyParagraph> Institution);
