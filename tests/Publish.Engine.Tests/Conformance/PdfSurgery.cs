using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Rewrites a classic-xref PDF for the checker's tests: edit object bodies as Latin-1 text, append objects, change the
/// header or trailer, then <see cref="ToBytes"/> writes a fresh cross-reference table so only the intended clause breaks.
/// </summary>
internal sealed partial class PdfSurgery
{
    private readonly SortedDictionary<int, string> _bodies = [];
    private readonly List<int> _order = [];

    public PdfSurgery(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var headers = ObjectHeader().Matches(text);
        Header = text[..headers[0].Index];
        var xref = text.LastIndexOf("\nxref", StringComparison.Ordinal) + 1;
        for (var i = 0; i < headers.Count; i++)
        {
            var start = headers[i].Index + headers[i].Length;
            var limit = i + 1 < headers.Count ? headers[i + 1].Index : xref;
            var end = text.LastIndexOf("endobj", limit, limit - start, StringComparison.Ordinal);
            var number = int.Parse(headers[i].Groups[1].Value, CultureInfo.InvariantCulture);
            _bodies[number] = text[start..end].TrimEnd('\r', '\n');
            _order.Add(number);
        }

        var trailer = text.IndexOf("trailer", xref, StringComparison.Ordinal);
        Trailer = text[(trailer + "trailer".Length)..text.IndexOf("startxref", trailer, StringComparison.Ordinal)].Trim();
    }

    /// <summary>Everything before the first object: "%PDF-1.7" and any comment lines.</summary>
    public string Header { get; set; }

    /// <summary>The trailer dictionary's text; /Size is rewritten on output.</summary>
    public string Trailer { get; set; }

    /// <summary>The cross-reference keyword with its EOL (for the clause on its layout).</summary>
    public string XrefKeyword { get; set; } = "xref\n";

    /// <summary>Text appended after %%EOF (for the clause that forbids it).</summary>
    public string Tail { get; set; } = "\n";

    public string Body(int number) => _bodies[number];

    public PdfSurgery SetBody(int number, string body)
    {
        _bodies[number] = body;
        return this;
    }

    /// <summary>The one object whose body contains <paramref name="text"/>; throws when none or several do.</summary>
    public int Find(string text) => _bodies.Where(b => b.Value.Contains(text, StringComparison.Ordinal)).Select(b => b.Key).ToArray() switch
    {
        [var only] => only,
        var found => throw new InvalidOperationException($"'{text}' is in {found.Length} objects, not one"),
    };

    public IEnumerable<int> FindAll(string text) => _bodies.Where(b => b.Value.Contains(text, StringComparison.Ordinal)).Select(b => b.Key).ToArray();

    /// <summary>Replaces text in the one object that holds it.</summary>
    public PdfSurgery Replace(string old, string replacement)
    {
        var number = Find(old);
        return SetBody(number, Body(number).Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Replaces text in every object that holds it.</summary>
    public PdfSurgery ReplaceEverywhere(string old, string replacement)
    {
        foreach (var number in FindAll(old))
        {
            SetBody(number, Body(number).Replace(old, replacement, StringComparison.Ordinal));
        }

        return this;
    }

    public PdfSurgery RegexReplace(int number, string pattern, MatchEvaluator evaluator)
    {
        var body = Body(number);
        var changed = Regex.Replace(body, pattern, evaluator, RegexOptions.None, TimeSpan.FromSeconds(5));
        if (changed == body)
        {
            throw new InvalidOperationException($"/{pattern}/ matched nothing in object {number}");
        }

        return SetBody(number, changed);
    }

    public int Append(string body)
    {
        var number = _bodies.Keys.Max() + 1;
        _bodies[number] = body;
        _order.Add(number);
        return number;
    }

    /// <summary>A stream object's body, its /Length set from the Latin-1 data.</summary>
    public static string Stream(string dictionaryEntries, string data) =>
        $"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n{data}\nendstream";

    public int Catalog => Find("/Type /Catalog");

    public byte[] ToBytes()
    {
        var output = new StringBuilder(Header);
        var offsets = new Dictionary<int, int>();
        foreach (var number in _order)
        {
            offsets[number] = output.Length;
            output.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{_bodies[number]}\nendobj\n");
        }

        var size = _bodies.Keys.Max() + 1;
        var xref = output.Length;
        output.Append(CultureInfo.InvariantCulture, $"{XrefKeyword}0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
        {
            output.Append(offsets.TryGetValue(n, out var offset) ? $"{offset:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        var trailer = SizeEntry().Replace(Trailer, $"/Size {size}");
        output.Append(CultureInfo.InvariantCulture, $"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF").Append(Tail);
        return Encoding.Latin1.GetBytes(output.ToString());
    }

    [GeneratedRegex(@"(?m)^([0-9]+) 0 obj\r?\n")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Size [0-9]+")]
    private static partial Regex SizeEntry();
}
