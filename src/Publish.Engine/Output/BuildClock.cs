using System.Globalization;

namespace Publish.Engine.Output;

/// <summary>
/// The build date that goes into editions. With SOURCE_DATE_EPOCH (reproducible-builds.org) it is fixed
/// so equal input gives equal bytes; an invalid value is a usage error, not silently ignored.
/// </summary>
public static class BuildClock
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>Parses the variable's value; null when unset or empty. Throws <see cref="FormatException"/> when invalid.</summary>
    public static DateTimeOffset? FromEnvironmentValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!long.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            throw new FormatException($"{Variable} must be a whole number of seconds since 1970-01-01 UTC, not '{value}'");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
