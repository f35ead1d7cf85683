using System.Globalization;

namespace Publish.Model.Text;

/// <summary>
/// The dates a manuscript may give (<see cref="Metadata.Date"/>): <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c>,
/// or an ISO 8601 date-time (<c>2024-03-01T10:30:00+03:00</c>, kept as its calendar date: the editions carry
/// dates, not times). Anything else (<c>yesterday</c>, <c>2023-02-30</c>, <c>01.03.2024</c>) is not a date.
/// </summary>
public static class PublicationDate
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>The date in one of the three forms <see cref="Metadata.Date"/> holds, or null when it is not a date.</summary>
    public static string? Normalize(string text)
    {
        var value = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (value.Length > 40 || !value.All(c => char.IsAsciiDigit(c) || c is '-' or ':' or '.' or '+' or 'T' or 'Z' or ' '))
        {
            return null;
        }

        if (value.Length == 4 && DateTime.TryParseExact(value, "yyyy", invariant, DateTimeStyles.None, out _))
        {
            return value;
        }

        if (value.Length == 7 && DateTime.TryParseExact(value, "yyyy-MM", invariant, DateTimeStyles.None, out _))
        {
            return value;
        }

        if (value.Length == 10 && DateTime.TryParseExact(value, "yyyy-MM-dd", invariant, DateTimeStyles.None, out _))
        {
            return value;
        }

        return DateTimeOffset.TryParseExact(value, DateTimeFormats, invariant, DateTimeStyles.AssumeUniversal, out _)
            ? value[..10]
            : null;
    }
}
