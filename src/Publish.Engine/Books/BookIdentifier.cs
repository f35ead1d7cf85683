using System.Globalization;
using Publish.Model.Books;

namespace Publish.Engine.Books;

/// <summary>
/// A book's ISBN (10 or 13 digits) or a serial's ISSN (8 digits), as a manifest writes it (<c>ISSN 2146-5665</c>,
/// <c>ISBN 978-0-306-40615-7</c>, <c>0-306-40615-2</c>), checked by its check digit so a mistyped number never reaches
/// the imprint page or the EPUB's <c>dc:identifier</c>. The check digits are those of ISO 3297 (ISSN: weights 8…2, mod 11,
/// 10 written X), ISO 2108 (ISBN-10: weights 10…2, mod 11, X; ISBN-13: weights 1,3 alternating, mod 10, prefix 978 or 979).
/// </summary>
public sealed record BookIdentifier(BookIdentifierKind Kind, string Digits, string Text)
{
    /// <summary>The identifier <paramref name="text"/> names, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static BookIdentifier? Parse(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var named = BookIdentifierKind.Unnamed;
        var rest = trimmed;
        foreach (var (prefix, kind) in new[] { ("ISSN", BookIdentifierKind.Issn), ("ISBN", BookIdentifierKind.Isbn13) })
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                named = kind;
                rest = trimmed[prefix.Length..].TrimStart(':', ' ', '-');
                break;
            }
        }

        var digits = new System.Text.StringBuilder();
        foreach (var c in rest)
        {
            if (c is '-' or ' ' or '\u2010' or '\u2011')
            {
                continue;
            }

            if (c is (>= '0' and <= '9') or 'X' or 'x')
            {
                digits.Append(char.ToUpperInvariant(c));
                continue;
            }

            problem = $"'{Shown(text)}' is not an ISBN or ISSN: only digits, hyphens and a final X may follow 'ISBN' or 'ISSN'";
            return null;
        }

        var number = digits.ToString();
        var kindFound = (named, number.Length) switch
        {
            (BookIdentifierKind.Issn or BookIdentifierKind.Unnamed, 8) => BookIdentifierKind.Issn,
            (BookIdentifierKind.Isbn13 or BookIdentifierKind.Unnamed, 10) => BookIdentifierKind.Isbn10,
            (BookIdentifierKind.Isbn13 or BookIdentifierKind.Unnamed, 13) => BookIdentifierKind.Isbn13,
            _ => BookIdentifierKind.Unnamed,
        };
        if (kindFound == BookIdentifierKind.Unnamed)
        {
            problem = named switch
            {
                BookIdentifierKind.Issn => string.Create(CultureInfo.InvariantCulture, $"an ISSN has 8 digits, '{Shown(text)}' has {number.Length}"),
                BookIdentifierKind.Isbn13 => string.Create(CultureInfo.InvariantCulture, $"an ISBN has 10 or 13 digits, '{Shown(text)}' has {number.Length}"),
                _ => $"'{Shown(text)}' is not an ISBN (10 or 13 digits) or an ISSN (8 digits); write it as 'ISBN 978-…' or 'ISSN 1234-5678'",
            };
            return null;
        }

        if (number[..^1].Contains('X', StringComparison.Ordinal) || (kindFound == BookIdentifierKind.Isbn13 && number[^1] == 'X'))
        {
            problem = $"'{Shown(text)}': X may only be the check digit of an ISSN or an ISBN-10";
            return null;
        }

        if (kindFound == BookIdentifierKind.Isbn13 && !number.StartsWith("978", StringComparison.Ordinal) && !number.StartsWith("979", StringComparison.Ordinal))
        {
            problem = $"'{Shown(text)}': an ISBN-13 begins with 978 or 979";
            return null;
        }

        var expected = CheckDigit(kindFound, number);
        if (number[^1] != expected)
        {
            problem = $"the check digit of {Name(kindFound)} '{Shown(text)}' is wrong: with these digits it would be {expected} (a digit mistyped or two swapped?)";
            return null;
        }

        problem = null;
        return new BookIdentifier(kindFound, number, trimmed);
    }

    /// <summary>The check digit the first digits of <paramref name="number"/> call for ('0'–'9' or 'X').</summary>
    private static char CheckDigit(BookIdentifierKind kind, string number) =>
        kind == BookIdentifierKind.Isbn13 ? CheckDigits.Isbn13(number.AsSpan(0, number.Length - 1)) : CheckDigits.Modulo11(number.AsSpan(0, number.Length - 1));

    private static string Name(BookIdentifierKind kind) => kind switch
    {
        BookIdentifierKind.Issn => "the ISSN",
        BookIdentifierKind.Isbn10 => "the ISBN-10",
        _ => "the ISBN-13",
    };

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
