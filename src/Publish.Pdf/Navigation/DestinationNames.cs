using System.Text;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Navigation;

/// <summary>
/// Destination names as PDF byte strings. A name tree's keys must be sorted by their bytes (§7.9.6), so names
/// are encoded once as UTF-8 and both the sort and the string form use those same bytes.
/// </summary>
internal static class DestinationNames
{
    public static byte[] Encode(string name) => Encoding.UTF8.GetBytes(name);

    public static string ToPdfString(string name)
    {
        var bytes = Encode(name);
        return bytes.All(b => b is >= 0x20 and <= 0x7E) ? PdfFormat.LiteralString(name) : PdfFormat.HexString(bytes);
    }

    public static int CompareBytes(string left, string right) => Encode(left).AsSpan().SequenceCompareTo(Encode(right));
}
