using System.Text;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Metadata;

/// <summary>
/// The document information dictionary (§14.3.3), consistent with the XMP packet (<see cref="XmpPacketBuilder"/>):
/// every entry that has an XMP twin carries the same string there (ISO 19005-2 §6.6.3), dates the same instant in
/// the same zone (UTC).
/// </summary>
internal static class InfoDictionaryBuilder
{
    public static string Build(DocumentInfo info, DocumentClaims claims)
    {
        var dictionary = new StringBuilder("<< /Title ").Append(PdfFormat.TextString(info.Title));
        if (Author(info) is { } author)
        {
            dictionary.Append(" /Author ").Append(PdfFormat.TextString(author));
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            dictionary.Append(" /Subject ").Append(PdfFormat.TextString(info.Subject));
        }

        if (Keywords(info) is { } keywords)
        {
            dictionary.Append(" /Keywords ").Append(PdfFormat.TextString(keywords));
        }

        var date = PdfFormat.Date(info.Date);
        dictionary.Append(" /Creator ").Append(PdfFormat.TextString(info.Producer))
            .Append(" /Producer ").Append(PdfFormat.TextString(info.Producer))
            .Append(" /CreationDate ").Append(date).Append(" /ModDate ").Append(date);
        if (claims.PdfX4)
        {
            // ISO 15930-7 §6.7.1: the PDF/X version, and /Trapped True or False (never Unknown).
            dictionary.Append(" /GTS_PDFXVersion (PDF/X-4)");
        }

        return dictionary.Append(" /Trapped /False >>").ToString();
    }

    /// <summary>The authors as one text, as /Author and the single dc:creator entry both carry it; null without authors.</summary>
    public static string? Author(DocumentInfo info) => info.Authors.IsDefaultOrEmpty ? null : string.Join(", ", info.Authors);

    /// <summary>The keywords as one text (/Keywords and pdf:Keywords); null without keywords.</summary>
    public static string? Keywords(DocumentInfo info) => info.Keywords.IsDefaultOrEmpty ? null : string.Join(", ", info.Keywords);
}
