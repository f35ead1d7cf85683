using Publish.Pdf.Syntax;

namespace Publish.Pdf.Navigation;

/// <summary>
/// The targets and descriptions of link annotations, each long one written once as an indirect object that
/// every annotation showing it refers to. A URL that wraps over N lines is N annotations (one rectangle per
/// line); inlined, each would carry the whole URL twice (its /URI action and its /Contents), so a 300 KB URL
/// made a 2.47 GB file. Shared, the file holds each URL once plus a constant per line.
/// Short values stay inline: an indirect object costs more than it saves for them.
/// </summary>
internal sealed class LinkTargets(PdfObjectTable table)
{
    /// <summary>Values up to this many characters are written inline (a typical URL or "Note 12").</summary>
    private const int InlineLimit = 256;

    private readonly Dictionary<string, string> actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> descriptions = new(StringComparer.Ordinal);

    /// <summary>The /A value for a link to <paramref name="uri"/>: a /URI action, or a reference to the one written for it.</summary>
    public string UriAction(string uri)
    {
        if (!actions.TryGetValue(uri, out var action))
        {
            // A /URI action holds a 7-bit ASCII URI (§12.6.4.7): an IRI's other characters are percent-encoded as UTF-8.
            var ascii = UriText.ToAscii(uri);
            action = Shared($"<< /S /URI /URI {PdfFormat.LiteralString(ascii)} >>", ascii.Length);
            actions.Add(uri, action);
        }

        return action;
    }

    /// <summary>The /Contents value for a link described by <paramref name="description"/>.</summary>
    public string Description(string description)
    {
        if (!descriptions.TryGetValue(description, out var value))
        {
            value = Shared(PdfFormat.TextString(description), description.Length);
            descriptions.Add(description, value);
        }

        return value;
    }

    private string Shared(string value, int length)
    {
        if (length <= InlineLimit)
        {
            return value;
        }

        var id = table.Reserve();
        table.WriteObject(id, value);
        return PdfObjectTable.Reference(id);
    }
}
