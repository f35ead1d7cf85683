namespace Publish.Epub.Content;

/// <summary>
/// The classes of a fenced div the EPUB sets as a callout, and the name a screen reader announces for one that has
/// no heading of its own, in the languages <see cref="Publish.Model.EditionLabels"/> knows (English for any other).
/// </summary>
internal static class CalloutLabels
{
    private static readonly Dictionary<string, string[]> Names = new(StringComparer.Ordinal)
    {
        // en, tr, de, fr
        ["note"] = ["Note", "Not", "Hinweis", "Note"],
        ["warning"] = ["Warning", "Uyarı", "Warnung", "Avertissement"],
        ["tip"] = ["Tip", "İpucu", "Tipp", "Astuce"],
        ["important"] = ["Important", "Önemli", "Wichtig", "Important"],
        ["caution"] = ["Caution", "Dikkat", "Vorsicht", "Attention"],
    };

    public static bool IsCallout(string cssClass) => Names.ContainsKey(cssClass);

    public static string Of(string cssClass, string? language)
    {
        var names = Names[cssClass];
        return (language ?? string.Empty).Split('-', '_')[0].Trim().ToLowerInvariant() switch
        {
            "tr" => names[1],
            "de" => names[2],
            "fr" => names[3],
            _ => names[0],
        };
    }
}
