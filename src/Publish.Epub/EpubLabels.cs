namespace Publish.Epub;

/// <summary>
/// The few words the writer adds itself (headings of generated parts, navigation labels). They must be in the
/// document's language: a screen reader speaks them with the document's voice, and a Turkish book with an
/// English "Contents" reads as a mistake. <see cref="ForLanguage"/> knows en, tr, de and fr; the integrator can
/// pass its own.
/// </summary>
public sealed record EpubLabels
{
    public string Contents { get; init; } = "Contents";

    public string Landmarks { get; init; } = "Landmarks";

    public string PageList { get; init; } = "Page list";

    public string Cover { get; init; } = "Cover";

    public string TitlePage { get; init; } = "Title page";

    public string Text { get; init; } = "Text";

    public string Notes { get; init; } = "Notes";

    public string Bibliography { get; init; } = "Bibliography";

    public string AboutAuthor { get; init; } = "About the author";

    public string Citation { get; init; } = "To cite this article";

    public string Colophon { get; init; } = "Colophon";

    public static EpubLabels English { get; } = new();

    public static EpubLabels Turkish { get; } = new()
    {
        Contents = "İçindekiler",
        Landmarks = "Yer işaretleri",
        PageList = "Sayfa listesi",
        Cover = "Kapak",
        TitlePage = "Başlık sayfası",
        Text = "Metin",
        Notes = "Notlar",
        Bibliography = "Kaynakça",
        AboutAuthor = "Yazar hakkında",
        Citation = "Bu makaleye atıf için",
        Colophon = "Künye",
    };

    public static EpubLabels German { get; } = new()
    {
        Contents = "Inhalt",
        Landmarks = "Orientierungspunkte",
        PageList = "Seitenliste",
        Cover = "Umschlag",
        TitlePage = "Titelseite",
        Text = "Text",
        Notes = "Anmerkungen",
        Bibliography = "Literaturverzeichnis",
        AboutAuthor = "Über den Autor",
        Citation = "Zitiervorschlag",
        Colophon = "Impressum",
    };

    public static EpubLabels French { get; } = new()
    {
        Contents = "Table des matières",
        Landmarks = "Repères",
        PageList = "Liste des pages",
        Cover = "Couverture",
        TitlePage = "Page de titre",
        Text = "Texte",
        Notes = "Notes",
        Bibliography = "Bibliographie",
        AboutAuthor = "À propos de l’auteur",
        Citation = "Pour citer cet article",
        Colophon = "Colophon",
    };

    /// <summary>The labels for a BCP 47 tag, by its primary language subtag (<c>tr-TR</c> → Turkish); English for any other.</summary>
    public static EpubLabels ForLanguage(string? language)
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
