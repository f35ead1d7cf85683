using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Mines the archive's citation line, which has the shape
/// <c>SURNAME, Given. Year. "Title." Publisher, Series No.YYYY / N. Month DD. Accessed Month DD, YYYY. &lt;URL&gt;</c>.
/// The year after the author is the year the page was exported (it changes with every export), so it is not
/// the publication date. The publication date is the month and day right after the series number; its year is
/// the number's leading year (the archive numbers its series per year: <c>2015 / 26</c> is the 26th of 2015),
/// or a year written with the day. The <c>Accessed …</c> date is never used: it is the reader's, not the article's.
/// </summary>
internal static partial class CitationMiner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static CitationFacts Mine(string citation)
    {
        string? author = null;
        var byline = Byline().Match(citation);
        if (byline.Success)
        {
            author = byline.Groups["given"].Value.Trim() + " " + byline.Groups["surname"].Value.Trim();
        }

        // What follows the quoted title; without a title, the whole line.
        var title = QuotedTitle().Match(citation);
        var rest = title.Success ? citation[(title.Index + title.Length)..] : citation;

        string? publisher = null, series = null, number = null, date = null;
        var issue = PublisherSeriesNumber().Match(rest);
        if (issue.Success)
        {
            publisher = issue.Groups["publisher"].Value.Trim(' ', '.', ',');
            series = issue.Groups["series"].Value.Trim();
            number = Spaces().Replace(issue.Groups["number"].Value, string.Empty);
            date = PublicationDate(rest[(issue.Index + issue.Length)..], number);
        }

        var urls = Url().Matches(citation);
        var source = urls.Count > 0 ? urls[^1].Groups["url"].Value : null;
        return new CitationFacts(author, publisher, series, number, date, source);
    }

    private static string? PublicationDate(string afterNumber, string number)
    {
        var yearOfNumber = YearPrefix().Match(number);
        var day = MonthDay().Match(afterNumber);
        if (!day.Success)
        {
            return yearOfNumber.Success ? yearOfNumber.Value : null;
        }

        var month = Array.IndexOf(Months, day.Groups["month"].Value.ToLowerInvariant()) + 1;
        var year = day.Groups["year"].Success ? day.Groups["year"].Value : yearOfNumber.Success ? yearOfNumber.Value : null;
        if (year is null)
        {
            return null;
        }

        var dayNumber = int.Parse(day.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return DateTime.TryParseExact(
            string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}-{dayNumber:00}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : year;
    }

    /// <summary><c>SURNAME, Given.</c> — the surname in capitals, as the archive writes it.</summary>
    [GeneratedRegex(@"^\s*(?<surname>\p{Lu}[\p{Lu}\p{M}'’\- ]*\p{Lu}),\s*(?<given>[^.,]+)\.", Options)]
    private static partial Regex Byline();

    [GeneratedRegex(@"[""“„«](?<title>[^""”“»]+)[""”“»]", Options)]
    private static partial Regex QuotedTitle();

    /// <summary><c>Publisher, Series No.2015 / 26</c> (the publisher may contain parentheses, not commas).</summary>
    [GeneratedRegex(@"(?<publisher>[^,]+),\s*(?<series>\p{L}[\p{L} ]*?)\s+No\s*\.?\s*(?<number>[0-9]+(?:\s*/\s*[0-9]+)?)", Options | RegexOptions.IgnoreCase)]
    private static partial Regex PublisherSeriesNumber();

    /// <summary>The month and day right after the number (only punctuation between), optionally with a year.</summary>
    [GeneratedRegex(@"^[\s.,]*(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>[0-9]{1,2})\b(?:,?\s*(?<year>(?:19|20)[0-9]{2})\b)?", Options | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?:19|20)[0-9]{2}(?=/|$)", Options)]
    private static partial Regex YearPrefix();

    [GeneratedRegex(@"<?(?<url>https?://[^\s<>]+)>?", Options)]
    private static partial Regex Url();

    [GeneratedRegex(@"\s+", Options)]
    private static partial Regex Spaces();
}
