using System.Globalization;
using System.Text;

namespace Publish.Pdf.Navigation;

/// <summary>Turns an IRI (a URL that may hold "ş" or spaces) into the printable-ASCII URI a PDF link action needs.</summary>
internal static class UriText
{
    public static string ToAscii(string iri)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(iri))
        {
            if (b is > 0x20 and < 0x7F)
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
