namespace Publish.Epub.Packaging;

/// <summary>
/// The one timestamp every zip entry carries. DOS dates cannot hold years before 1980 or after 2107, so a
/// SOURCE_DATE_EPOCH of 0 becomes 1980-01-01. The clock time is taken in UTC: the bytes never depend on the
/// machine's time zone.
/// </summary>
internal static class ZipTimestamp
{
    private static readonly DateTimeOffset Earliest = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2107, 12, 31, 23, 59, 58, TimeSpan.Zero);

    public static DateTimeOffset From(DateTimeOffset buildDate)
    {
        var utc = buildDate.ToUniversalTime();
        if (utc < Earliest)
        {
            return Earliest;
        }

        return utc > Latest ? Latest : utc;
    }
}
