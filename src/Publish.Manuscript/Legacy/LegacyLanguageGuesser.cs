namespace Publish.Manuscript.Legacy;

/// <summary>
/// The archive publishes in English and Turkish and its exports carry no language tag. The body is taken as
/// Turkish only when clearly so: Turkish function words outnumber English ones two to one (with at least ten);
/// otherwise <c>en</c>. Bibliographies and notes are not counted: English articles cite Turkish sources.
/// </summary>
internal static class LegacyLanguageGuesser
{
    private static readonly HashSet<string> English = new(["the", "and", "of", "to", "in", "is", "that", "was", "with", "for"], StringComparer.Ordinal);

    private static readonly HashSet<string> Turkish = new(["ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "olan", "gibi"], StringComparer.Ordinal);

    public static string Guess(IEnumerable<string> bodyParagraphs)
    {
        int english = 0, turkish = 0;
        foreach (var paragraph in bodyParagraphs)
        {
            foreach (var word in paragraph.Split([' ', ',', '.', ';', ':', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries))
            {
                var lower = word.ToLowerInvariant();
                english += English.Contains(lower) ? 1 : 0;
                turkish += Turkish.Contains(lower) ? 1 : 0;
            }
        }

        return turkish >= 10 && turkish >= 2 * english ? "tr" : "en";
    }
}
