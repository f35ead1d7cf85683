using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Citations;

/// <summary>
/// A date variable of an item: one date or a range (date-parts, EDTF/ISO "raw", or a literal), with season and
/// circa (CSL 1.0.2 §Date).
/// </summary>
internal sealed partial class CslDate
{
    /// <summary>One or two (a range) dates as year, month (0: none; 13–16/21–24: season), day (0: none).</summary>
    public List<(int Year, int Month, int Day)> Parts { get; } = [];

    public string Literal { get; set; } = string.Empty;

    public string Season { get; set; } = string.Empty;

    public bool Circa { get; set; }

    public bool IsEmpty => Parts.Count == 0 && Literal.Length == 0;

    public bool IsRange => Parts.Count > 1;

    /// <summary>Reads an ISO 8601 / EDTF date or range ("2004-03-01", "2004/2006", "2004-03~"), or gives null.</summary>
    public static CslDate? ParseRaw(string raw)
    {
        var date = new CslDate();
        var text = raw.Trim();
        if (text.EndsWith('~') || text.EndsWith('?') || text.EndsWith('%'))
        {
            date.Circa = true;
            text = text.TrimEnd('~', '?', '%');
        }

        var pieces = text.Split('/');
        if (pieces.Length > 2)
        {
            return null;
        }

        foreach (var piece in pieces)
        {
            var match = IsoDate().Match(piece.Trim());
            if (!match.Success)
            {
                return ParseWords(raw);
            }

            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
            var day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            date.Parts.Add((year, month, day));
        }

        return date;
    }

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // "May 2000", "10 May 2000", "May 10, 2000": the English forms citeproc-js reads from raw dates.
    private static CslDate? ParseWords(string raw)
    {
        var date = new CslDate();
        int year = 0, month = 0, day = 0;
        foreach (var token in WordToken().Matches(raw).Select(m => m.Value))
        {
            if (char.IsDigit(token[0]))
            {
                var number = int.Parse(token, CultureInfo.InvariantCulture);
                if (token.Length > 2 || number > 31)
                {
                    year = number;
                }
                else
                {
                    day = number;
                }
            }
            else if (token.Length >= 3)
            {
                var index = Array.IndexOf(MonthNames, token[..3].ToLowerInvariant());
                if (index >= 0)
                {
                    month = index + 1;
                }
            }
        }

        if (year == 0)
        {
            return null;
        }

        date.Parts.Add((year, month, month == 0 ? 0 : day));
        return date;
    }

    [GeneratedRegex(@"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\d+|\p{L}+")]
    private static partial Regex WordToken();
}
