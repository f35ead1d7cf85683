namespace Publish.Model;

/// <summary>
/// The few words the writers add themselves (headings of generated parts, navigation labels), shared by the
/// PDF and the EPUB so both editions of a book say the same. They must be in the document's language: a screen
/// reader speaks them with the document's voice, and a Turkish book with an English "Bibliography" reads as a
/// mistake. <see cref="ForLanguage"/> knows en, tr, de and fr; an integrator of the EPUB writer can pass its own.
/// </summary>
public sealed record EditionLabels
{
    public string Contents { get; init; } = "Contents";

    public string Landmarks { get; init; } = "Landmarks";

    public string PageList { get; init; } = "Page list";

    public string Cover { get; init; } = "Cover";

    public string TitlePage { get; init; } = "Title page";

    public string Text { get; init; } = "Text";

    public string Notes { get; init; } = "Notes";

    public string Abstract { get; init; } = "Abstract";

    public string Bibliography { get; init; } = "Bibliography";

    public string AboutAuthor { get; init; } = "About the author";

    public string Citation { get; init; } = "To cite this article";

    public string Colophon { get; init; } = "Colophon";

    /// <summary>The colophon's credit to the CSL style the citations were rendered with ({0}: its title); the styles' licence asks for it.</summary>
    public string CitationStyleCredit { get; init; } = "Citations and bibliography: {0}, a style of the Citation Style Language project (citationstyles.org), CC BY-SA 3.0.";

    /// <summary>A table's label in captions and cross-references ("Table 2").</summary>
    public string Table { get; init; } = "Table";

    /// <summary>A figure's label in captions and cross-references ("Figure 3").</summary>
    public string Figure { get; init; } = "Figure";

    /// <summary>The mark before the caption of a figure whose photo file is missing, so it reads as a figure without its photo.</summary>
    public string MissingPhoto { get; init; } = "[Photo]";

    /// <summary>How the PDF adds a target's page to a cross-reference: "{0}" is the reference, "{1}" the page ("Table 2 on p. 14").</summary>
    public string OnPage { get; init; } = "{0} on p.\u00A0{1}";

    /// <summary>Before one editor's name on a book's title page ("Edited by A").</summary>
    public string EditedBy { get; init; } = "Edited by";

    /// <summary>Before several editors' names (Turkish says "Editörler"; English "Edited by" again).</summary>
    public string EditedByMany { get; init; } = "Edited by";

    /// <summary>The word before the last name of a list ("A, B and C").</summary>
    public string And { get; init; } = "and";

    public static EditionLabels English { get; } = new();

    public static EditionLabels Turkish { get; } = new()
    {
        Contents = "İçindekiler",
        Landmarks = "Yer işaretleri",
        PageList = "Sayfa listesi",
        Cover = "Kapak",
        TitlePage = "Başlık sayfası",
        Text = "Metin",
        Notes = "Notlar",
        Abstract = "Özet",
        Bibliography = "Kaynakça",
        AboutAuthor = "Yazar hakkında",
        Citation = "Bu makaleye atıf için",
        Colophon = "Künye",
        CitationStyleCredit = "Atıflar ve kaynakça: {0}, Citation Style Language projesinin bir biçemi (citationstyles.org), CC BY-SA 3.0.",
        Table = "Tablo",
        Figure = "Şekil",
        MissingPhoto = "[Fotoğraf]",
        OnPage = "{0}, s.\u00A0{1}",
        EditedBy = "Editör:",
        EditedByMany = "Editörler:",
        And = "ve",
    };

    public static EditionLabels German { get; } = new()
    {
        Contents = "Inhalt",
        Landmarks = "Orientierungspunkte",
        PageList = "Seitenliste",
        Cover = "Umschlag",
        TitlePage = "Titelseite",
        Text = "Text",
        Notes = "Anmerkungen",
        Abstract = "Zusammenfassung",
        Bibliography = "Literaturverzeichnis",
        AboutAuthor = "Über den Autor",
        Citation = "Zitiervorschlag",
        Colophon = "Impressum",
        Table = "Tabelle",
        Figure = "Abbildung",
        MissingPhoto = "[Foto]",
        OnPage = "{0} auf S.\u00A0{1}",
        EditedBy = "Herausgegeben von",
        EditedByMany = "Herausgegeben von",
        And = "und",
    };

    public static EditionLabels French { get; } = new()
    {
        Contents = "Table des matières",
        Landmarks = "Repères",
        PageList = "Liste des pages",
        Cover = "Couverture",
        TitlePage = "Page de titre",
        Text = "Texte",
        Notes = "Notes",
        Abstract = "Résumé",
        Bibliography = "Bibliographie",
        AboutAuthor = "À propos de l’auteur",
        Citation = "Pour citer cet article",
        Colophon = "Colophon",
        Table = "Tableau",
        Figure = "Figure",
        MissingPhoto = "[Photo]",
        OnPage = "{0} p.\u00A0{1}",
        EditedBy = "Sous la direction de",
        EditedByMany = "Sous la direction de",
        And = "et",
    };

    /// <summary>
    /// The line naming a book's editors on its title page, the same in the PDF and the EPUB: "Edited by A", "Edited by
    /// A and B", "Edited by A, B and C" (a list of names alone would read as the authors). Blank names are left out;
    /// empty when none is left.
    /// </summary>
    public string EditorsLine(IEnumerable<string> editors)
    {
        var names = editors.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList();
        return names.Count switch
        {
            0 => string.Empty,
            1 => $"{EditedBy} {names[0]}",
            _ => $"{EditedByMany} {string.Join(", ", names.Take(names.Count - 1))} {And} {names[^1]}",
        };
    }

    /// <summary>"Table 2" with a no-break space, so the number never starts a line on its own.</summary>
    public static string Numbered(string label, int number) => label + "\u00A0" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// What a cross-reference without link text of its own reads as in every edition and in <c>publish inspect</c>: a
    /// table's or figure's numbered label ("Table 2"), else the target's own text (a heading's). The PDF may add the
    /// page (<see cref="OnPage"/>); the EPUB, which must never write an empty link, falls back to the id.
    /// </summary>
    public string LabelOf(Inlines.CrossReferenceInline reference) => reference.TargetKind switch
    {
        Inlines.CrossReferenceKind.Table when reference.Number > 0 => Numbered(Table, reference.Number),
        Inlines.CrossReferenceKind.Figure when reference.Number > 0 => Numbered(Figure, reference.Number),
        _ => reference.TargetText,
    };

    /// <summary>The labels for a BCP 47 tag, by its primary language subtag (<c>tr-TR</c> → Turkish); English for any other.</summary>
    public static EditionLabels ForLanguage(string? language)
    {
        var primary = (language ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "tr" => Turkish,
            "de" => German,
            "fr" => French,
            _ => English,
        };
    }
}
