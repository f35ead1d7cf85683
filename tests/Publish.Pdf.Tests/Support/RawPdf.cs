using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Pdf.Tests.Support;

/// <summary>
/// Reads our writer's output at the object level, independently of any PDF library: the writer puts every
/// object uncompressed in the file body (only stream data is Flate-compressed), so a regular expression
/// finds each "N 0 obj … endobj".
/// </summary>
internal sealed partial class RawPdf
{
    private readonly byte[] bytes;
    private readonly Dictionary<int, (int Start, int End)> objects = [];

    public RawPdf(byte[] pdf)
    {
        bytes = pdf;
        var text = Encoding.Latin1.GetString(pdf);
        foreach (Match match in ObjectPattern().Matches(text))
        {
            objects[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] = (match.Groups[2].Index, match.Groups[2].Index + match.Groups[2].Length);
        }

        Text = text;
    }

    public string Text { get; }

    /// <summary>The object's dictionary (for a stream: the dictionary before "stream").</summary>
    public string Dictionary(int id)
    {
        var (start, end) = objects[id];
        var body = Text[start..end];
        var stream = body.IndexOf("\nstream\n", StringComparison.Ordinal);
        return stream < 0 ? body.Trim() : body[..stream].Trim();
    }

    /// <summary>The decompressed data of a Flate stream object.</summary>
    public string StreamText(int id)
    {
        var (start, end) = objects[id];
        var body = Text[start..end];
        var from = start + body.IndexOf("\nstream\n", StringComparison.Ordinal) + "\nstream\n".Length;
        var to = start + body.LastIndexOf("\nendstream", StringComparison.Ordinal);
        using var input = new MemoryStream(bytes, from, to - from);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return Encoding.Latin1.GetString(output.ToArray());
    }

    public IEnumerable<int> ObjectIds => objects.Keys.Order();

    /// <summary>The object number of the first reference after <paramref name="key"/> in a dictionary ("/Parent 3 0 R" → 3).</summary>
    public static int Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, Regex.Escape(key) + @" (\d+) 0 R");
        Assert.True(match.Success, $"{key} not found as a reference in {dictionary}");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static IEnumerable<int> References(string text) =>
        ReferencePattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    public int Catalog => Reference(Text[Text.LastIndexOf("trailer", StringComparison.Ordinal)..], "/Root");

    /// <summary>Page object numbers in order, from the page tree's /Kids.</summary>
    public IReadOnlyList<int> Pages
    {
        get
        {
            var pages = Dictionary(Reference(Dictionary(Catalog), "/Pages"));
            var kids = pages[(pages.IndexOf("/Kids [", StringComparison.Ordinal) + 7)..];
            return [.. References(kids[..kids.IndexOf(']', StringComparison.Ordinal)])];
        }
    }

    [GeneratedRegex(@"(?m)^(\d+) 0 obj\n(.*?)\nendobj\n", RegexOptions.Singleline)]
    private static partial Regex ObjectPattern();

    [GeneratedRegex(@"(\d+) 0 R")]
    private static partial Regex ReferencePattern();
}
