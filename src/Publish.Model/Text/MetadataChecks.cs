namespace Publish.Model.Text;

/// <summary>
/// The checks front matter and manifest overrides share for <c>lang</c> and <c>date</c>: the value to use (null
/// to fall back) and, when the value was not taken as written, the warning that says why and what to write.
/// </summary>
public static class MetadataChecks
{
    /// <summary>The language tag to use, or null for the fallback <paramref name="fallback"/> describes; a warning unless taken as written.</summary>
    public static (string? Tag, string? Warning) Language(string value, string fallback)
    {
        if (LanguageTag.Canonical(value) is { } tag)
        {
            return (tag, null);
        }

        if (LanguageTag.Repair(value) is { } repaired)
        {
            return (repaired, $"'{value}' is not a BCP 47 language tag; read as '{repaired}' (write lang: {repaired})");
        }

        var suggestion = LanguageTag.ForLanguageName(value) is { } named ? $"; for that language write lang: {named}" : string.Empty;
        return (null, $"'{Shown(value)}' is not a BCP 47 language tag (like en, en-GB, tr, de-CH) and is ignored: {fallback}{suggestion}");
    }

    /// <summary>The date to use (an ISO 8601 date-time kept as its date), or null for the fallback <paramref name="fallback"/> describes; a warning when it is not a date.</summary>
    public static (string? Date, string? Warning) Date(string value, string fallback)
    {
        if (PublicationDate.Normalize(value) is { } date)
        {
            return (date, null);
        }

        return (null, $"'{Shown(value)}' is not a date and is ignored ({fallback}): write yyyy-MM-dd, yyyy-MM or yyyy");
    }

    /// <summary>A hostile value is quoted short, so a 1 MB "date" does not flood the log.</summary>
    private static string Shown(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
