using System.Text;

namespace Publish.Cli;

/// <summary>
/// The encodings <c>--encoding</c> accepts: those .NET provides (with the legacy Windows and ISO code pages of
/// <see cref="CodePagesEncodingProvider"/>, so windows-1254 works) that read ASCII as ASCII. UTF-7 (disabled in
/// .NET, it failed as an internal error), UTF-16/32 and EBCDIC are refused before any manuscript is read: a
/// Markdown or legacy export file in them would decode to nonsense, not to its '#' headings and '---' fences.
/// </summary>
internal static class EncodingNames
{
    private const string AsciiSample = "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private static readonly Lazy<IReadOnlyList<string>> AcceptedNames = new(() =>
        [.. Encoding.GetEncodings().Select(info => info.Name).Where(name => Find(name) is not null).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)]);

    static EncodingNames() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Every accepted name, sorted.</summary>
    public static IReadOnlyList<string> Accepted => AcceptedNames.Value;

    /// <summary>The encoding of that name when it is one a manuscript can be read in, else null.</summary>
    public static Encoding? Find(string name)
    {
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }

        try
        {
            var bytes = encoding.GetBytes(AsciiSample);
            return bytes.Length == AsciiSample.Length && bytes.AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(AsciiSample)) &&
                   string.Equals(encoding.GetString(bytes), AsciiSample, StringComparison.Ordinal)
                ? encoding
                : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
