namespace Publish.Manuscript.Markdown;

/// <summary>Level-1 heading names that start the bibliography (compared case-insensitively, trimmed).</summary>
internal static class BibliographyHeadings
{
    private static readonly string[] Names = ["bibliography", "references", "kaynakça"];

    public static bool IsBibliography(string headingText)
    {
        var name = headingText.Trim().ToLowerInvariant();
        return Names.Contains(name, StringComparer.Ordinal);
    }
}
