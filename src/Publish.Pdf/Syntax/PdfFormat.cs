using System.Globalization;
using System.Text;

namespace Publish.Pdf.Syntax;

/// <summary>
/// Lexical forms of PDF values (ISO 32000-1 §7.3). Every number is formatted with the invariant culture and
/// a fixed precision so the same frames always give the same bytes.
/// </summary>
internal static class PdfFormat
{
    /// <summary>A real number with at most four decimals, no exponent, no trailing zeros ("12.5", "-0.25", "3").</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }

        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            // Avoid "-0", which some strict parsers reject.
            return "0";
        }

        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary><see cref="Number"/> appended in place: content streams format a number per glyph segment and space.</summary>
    public static StringBuilder AppendNumber(StringBuilder builder, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }

        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return builder.Append('0');
        }

        Span<char> text = stackalloc char[64];
        return rounded.TryFormat(text, out var length, "0.####", CultureInfo.InvariantCulture)
            ? builder.Append(text[..length])
            : builder.Append(Number(value));
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A name object: regular characters as they are, everything else as #xx of its UTF-8 bytes (§7.3.5).</summary>
    public static string Name(string value)
    {
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var isRegular = b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b, StringComparison.Ordinal) < 0;
            if (isRegular)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A text string (§7.9.2.2): printable ASCII as a literal string with escapes, anything else as UTF-16BE
    /// with a byte order mark in hex form, which needs no escaping and survives any transport.
    /// </summary>
    public static string TextString(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            return LiteralString(value);
        }

        var builder = new StringBuilder("<FEFF");
        foreach (var c in value)
        {
            builder.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('>').ToString();
    }

    /// <summary>A literal string of printable ASCII; backslash, parentheses escaped.</summary>
    public static string LiteralString(string ascii)
    {
        var builder = new StringBuilder("(");
        foreach (var c in ascii)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException("Literal strings here carry printable ASCII only.", nameof(ascii));
            }

            if (c is '(' or ')' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append(')').ToString();
    }

    public static string HexString(ReadOnlySpan<byte> bytes) => "<" + Convert.ToHexString(bytes) + ">";

    /// <summary>A date string (§7.9.4) in UTC: <c>D:YYYYMMDDHHmmSS+00'00'</c>.</summary>
    public static string Date(DateTimeOffset date) =>
        "(D:" + date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";

    /// <summary>A rectangle array [llx lly urx ury].</summary>
    public static string Rectangle(double left, double bottom, double right, double top) =>
        $"[{Number(left)} {Number(bottom)} {Number(right)} {Number(top)}]";
}
