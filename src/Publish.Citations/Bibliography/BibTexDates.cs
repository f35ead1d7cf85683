using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Publish.Citations.Bibliography;

/// <summary>
/// Dates of .bib entries as CSL-JSON date objects: BibLaTeX's <c>date</c>-style fields (EDTF level 0/1:
/// <c>2001</c>, <c>2001-05</c>, <c>2001-05-17</c>, ranges <c>2001/2003</c>, open ranges <c>2001/..</c>, uncertain or
/// approximate <c>2001~</c>/<c>2001?</c>, negative years) and BibTeX's <c>year</c>/<c>month</c>/<c>day</c> (months as
/// numbers, <c>jan</c> macros or English names; year ranges <c>2001--2003</c>).
/// </summary>
internal static partial class BibTexDates
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>An EDTF date or range; null when the text is not one.</summary>
    public static JsonObject? FromEdtf(string text)
    {
        var value = text.Trim();
        var circa = false;
        if (value.Length > 0 && value[^1] is '~' or '?' or '%' or '\u00A0')
        {
            circa = true;
            value = value.TrimEnd('~', '?', '%', '\u00A0');
        }

        var pieces = value.Split('/');
        if (pieces.Length > 2 || value.Length == 0)
        {
            return null;
        }

        var parts = new JsonArray();
        foreach (var piece in pieces)
        {
            var trimmed = piece.Trim().TrimEnd('~', '?', '%', '\u00A0');
            if (pieces.Length == 2 && trimmed is "" or "..")
            {
                continue;
            }

            var match = EdtfDate().Match(trimmed);
            if (!match.Success)
            {
                return null;
            }

            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : 0;
            var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : 0;
            // EDTF seasons 21–24 are CSL's seasons; months past 12 otherwise are not dates.
            if (month is > 12 and < 21 or > 24 || day > 31 || (day > 0 && month > 12))
            {
                return null;
            }

            parts.Add((JsonNode)DateParts(year, month, day));
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var date = new JsonObject { ["date-parts"] = parts };
        if (circa)
        {
            date["circa"] = true;
        }

        return date;
    }

    /// <summary>A date from BibTeX's year, month and day fields (any of which may be null); null without a readable year.</summary>
    public static JsonObject? FromYearMonthDay(string year, string? month, string? day)
    {
        var years = YearRange().Match(year.Trim());
        if (!years.Success)
        {
            return null;
        }

        var first = int.Parse(years.Groups["from"].Value, CultureInfo.InvariantCulture);
        var months = month is null ? [] : month.Split(["--", "–", "/", "-"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var firstMonth = months.Length > 0 ? ParseMonth(months[0]) : 0;
        var firstDay = day is not null && int.TryParse(day.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : 0;
        if (months.Length > 0 && firstMonth == 0)
        {
            return null;
        }

        var parts = new JsonArray { (JsonNode)DateParts(first, firstMonth, firstMonth > 0 ? firstDay : 0) };
        if (years.Groups["to"].Success)
        {
            parts.Add((JsonNode)DateParts(int.Parse(years.Groups["to"].Value, CultureInfo.InvariantCulture), 0, 0));
        }
        else if (months.Length > 1 && ParseMonth(months[1]) is > 0 and var lastMonth)
        {
            parts.Add((JsonNode)DateParts(first, lastMonth, 0));
        }

        return new JsonObject { ["date-parts"] = parts };
    }

    /// <summary>1–12 from "5", "05", "may", "May", "September", "sept."; 0 when it is none of these.</summary>
    public static int ParseMonth(string text)
    {
        var value = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : 0;
        }

        if (value.Length < 3)
        {
            return 0;
        }

        var index = Array.FindIndex(MonthNames, m => m.StartsWith(value, StringComparison.Ordinal));
        return index + 1;
    }

    private static JsonArray DateParts(int year, int month, int day)
    {
        var parts = new JsonArray { (JsonNode)year };
        if (month > 0)
        {
            parts.Add((JsonNode)month);
            if (day > 0)
            {
                parts.Add((JsonNode)day);
            }
        }

        return parts;
    }

    [GeneratedRegex(@"^(?<year>-?\d{1,4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex EdtfDate();

    [GeneratedRegex(@"^(?<from>-?\d{1,4})(?:\s*(?:--?|–|/)\s*(?<to>\d{1,4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();
}
