using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Styles;

/// <summary>
/// The fields a style's footer line may hold, filled in per edition: <c>{year}</c> and <c>{date}</c> from the build
/// date (SOURCE_DATE_EPOCH when set, so editions stay reproducible; reproducible-builds.org), <c>{title}</c>,
/// <c>{author}</c> and <c>{publisher}</c> from the manuscript's metadata (empty when it has none). Written so that a
/// notice reads <c>© 2009–{year} …</c> and never goes stale. The loader refuses any other field at its position.
/// </summary>
public static partial class FooterFields
{
    /// <summary>The field names, without braces, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["year", "date", "title", "author", "publisher"];

    /// <summary>The <c>{…}</c> fields of <paramref name="text"/> that are not in <see cref="Names"/>.</summary>
    public static IEnumerable<string> Unknown(string text) =>
        Field().Matches(text).Select(m => m.Groups[1].Value).Where(n => !Names.Contains(n, StringComparer.Ordinal));

    /// <summary><paramref name="text"/> with every known field replaced; unknown ones (refused by the loader) are kept.</summary>
    public static string Fill(string text, Metadata metadata, DateTimeOffset buildDate) =>
        !text.Contains('{', StringComparison.Ordinal) ? text : Field().Replace(text, m => m.Groups[1].Value switch
        {
            "year" => buildDate.UtcDateTime.Year.ToString(CultureInfo.InvariantCulture),
            "date" => buildDate.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "title" => metadata.Title,
            "author" => string.Join(", ", metadata.Authors),
            "publisher" => metadata.Publisher ?? string.Empty,
            _ => m.Value,
        });

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Field();
}
