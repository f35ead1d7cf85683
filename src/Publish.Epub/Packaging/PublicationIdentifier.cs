using System.Security.Cryptography;
using System.Text;
using Publish.Model;

namespace Publish.Epub.Packaging;

/// <summary>
/// The package's unique identifier: the manuscript's own when it has one (an ISBN as its <c>urn:isbn:</c>, see
/// <see cref="Isbn"/>), else a name-based UUID (RFC 9562
/// version 5, SHA-1) of the bibliographic metadata and the text, so rebuilding the same article gives the same
/// identifier on any machine (no paths, no clock, no randomness).
/// </summary>
internal static class PublicationIdentifier
{
    /// <summary>A namespace of our own, so our UUIDs never collide with another tool's v5 UUIDs of the same text.</summary>
    private static readonly byte[] Namespace = Convert.FromHexString("5d1f3c8a2b7e4e0f9a6c1b2d3e4f5a6b");

    public static string For(Document document)
    {
        if (!string.IsNullOrWhiteSpace(document.Metadata.Identifier))
        {
            var own = document.Metadata.Identifier.Trim();
            return Isbn.Read(own).Urn ?? own;
        }

        return "urn:uuid:" + NameBasedUuid(CanonicalContent(document));
    }

    internal static string NameBasedUuid(string name)
    {
        var input = new byte[Namespace.Length + Encoding.UTF8.GetByteCount(name)];
        Namespace.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(name, input.AsSpan(Namespace.Length));
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; it is a name hash, not a security measure.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>The text a name-based identifier is made from: the bibliographic metadata, then every block's plain text.</summary>
    internal static string CanonicalContent(Document document)
    {
        var m = document.Metadata;
        var text = new StringBuilder();
        foreach (var field in new[] { m.Title, m.Subtitle, string.Join("\u001f", m.Authors), m.Language, m.Date, m.Publisher, m.Series, m.Number, m.Source })
        {
            text.Append(field).Append('\u001e');
        }

        text.Append(PlainText.Of(document.FrontMatter)).Append('\u001e');
        text.Append(PlainText.Of(document.Body)).Append('\u001e');
        foreach (var note in document.Notes)
        {
            text.Append(PlainText.Of(note.Content)).Append('\u001e');
        }

        foreach (var entry in document.Bibliography)
        {
            text.Append(PlainText.Of(entry.Content)).Append('\u001e');
        }

        return text.ToString();
    }
}
