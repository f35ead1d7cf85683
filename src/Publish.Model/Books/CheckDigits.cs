namespace Publish.Model.Books;

/// <summary>
/// The check digits of the standard numbers a publication carries, in one place for the manifest's check and the EPUB's
/// identifiers: ISO 2108's ISBN-13 (weights 1, 3 alternating, modulo 10) and the modulo-11 rule ISO 3297's ISSN
/// (7 digits, weights 8…2) and ISO 2108's ISBN-10 (9 digits, weights 10…2) share, 10 written X.
/// </summary>
public static class CheckDigits
{
    /// <summary>The 13th digit of an ISBN-13 whose first 12 digits (ASCII '0'–'9') are <paramref name="body"/>.</summary>
    public static char Isbn13(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>The last character ('0'–'9' or 'X') of an ISSN or ISBN-10 whose other digits are <paramref name="body"/>.</summary>
    public static char Modulo11(ReadOnlySpan<char> body)
    {
        var total = 0;
        for (var i = 0; i < body.Length; i++)
        {
            total += (body[i] - '0') * (body.Length + 1 - i);
        }

        var check = (11 - (total % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }
}
