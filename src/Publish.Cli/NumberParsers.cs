using System.CommandLine.Parsing;
using System.Globalization;

namespace Publish.Cli;

/// <summary>
/// Parsers for the numeric options. System.CommandLine's defaults read numbers in the user's culture with
/// thousands separators (<c>--time-limit 1,5</c> became 15 s) and take NaN and 1e-300 (which became "no
/// limit"); these take plain invariant numbers only ('.' for decimals, no separators) and refuse anything out of
/// range with a message that says what to write.
/// </summary>
internal static class NumberParsers
{
    /// <summary>The smallest positive time limit: anything below is a slip (1e-300), not a deadline; it is refused, not rounded.</summary>
    public const double MinSeconds = 0.001;

    /// <summary>
    /// Seconds from <see cref="MinSeconds"/> to <paramref name="max"/>, and 0 meaning no limit when
    /// <paramref name="zeroIsNoLimit"/> (a time limit; an interval between polls has no such meaning).
    /// </summary>
    public static Func<ArgumentResult, double?> Seconds(string option, double max, bool zeroIsNoLimit = true) => result =>
    {
        var text = Token(result);
        var zero = zeroIsNoLimit ? "0 (no limit) or " : string.Empty;
        var range = string.Create(CultureInfo.InvariantCulture, $"{option} takes seconds: {zero}a number from {MinSeconds} to {max:0}, with '.' for decimals (e.g. 1.5)");
        if (text is null)
        {
            result.AddError(range);
            return null;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var seconds) ||
            !double.IsFinite(seconds) || (seconds == 0 ? !zeroIsNoLimit : seconds < MinSeconds) || seconds > max)
        {
            result.AddError($"{range}; got '{Shown(text)}'");
            return null;
        }

        return seconds;
    };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, digits only.</summary>
    public static Func<ArgumentResult, long> Whole(string option, long min, long max, string meaning) => result =>
    {
        var text = Token(result);
        if (text is null || text.Length > 19 || !text.All(char.IsAsciiDigit) ||
            !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option} takes {meaning}: a whole number from {min} to {max}, digits only; got '{Shown(text ?? string.Empty)}'"));
            return 0;
        }

        return value;
    };

    private static string? Token(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : null;

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
