using System.Text;

namespace Publish.Pdf.Tests.Support;

/// <summary>Looks at a PDF's raw bytes (object dictionaries are not compressed by our writer).</summary>
internal static class PdfBytes
{
    public static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    public static int Count(byte[] pdf, string token)
    {
        var text = Latin1(pdf);
        var count = 0;
        for (var index = text.IndexOf(token, StringComparison.Ordinal); index >= 0; index = text.IndexOf(token, index + token.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    public static byte[] Latin1Bytes(string text) => Encoding.Latin1.GetBytes(text);

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
