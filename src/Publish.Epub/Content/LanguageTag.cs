namespace Publish.Epub.Content;

/// <summary>The shape of a BCP 47 language tag (RFC 5646 §2.1: subtags of 1–8 letters or digits, joined by hyphens, the first letters only).</summary>
internal static class LanguageTag
{
    public static bool IsWellFormed(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > 64)
        {
            return false;
        }

        var subtags = tag.Split('-');
        return subtags[0].Length is >= 1 and <= 8 && subtags[0].All(char.IsAsciiLetter)
            && subtags.Skip(1).All(s => s.Length is >= 1 and <= 8 && s.All(char.IsAsciiLetterOrDigit));
    }
}
