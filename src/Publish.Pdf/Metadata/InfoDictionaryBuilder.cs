using System.Text;
using Publish.Pdf.Syntax;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Metadata;

/// <summary>The document information dictionary (§14.3.3), consistent with the XMP packet.</summary>
internal static class InfoDictionaryBuilder
{
    public static string Build(DocumentInfo info)
    {
        var dictionary = new StringBuilder("<< /Title ").Append(PdfFormat.TextString(info.Title));
        if (!info.Authors.IsDefaultOrEmpty)
        {
            dictionary.Append(" /Author ").Append(PdfFormat.TextString(string.Join(", ", info.Authors)));
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            dictionary.Append(" /Subject ").Append(PdfFormat.TextString(info.Subject));
        }

        if (!info.Keywords.IsDefaultOrEmpty)
        {
            dictionary.Append(" /Keywords ").Append(PdfFormat.TextString(string.Join(", ", info.Keywords)));
        }

        var date = PdfFormat.Date(info.Date);
        return dictionary.Append(" /Creator ").Append(PdfFormat.TextString(info.Producer))
            .Append(" /Producer ").Append(PdfFormat.TextString(info.Producer))
            .Append(" /CreationDate ").Append(date).Append(" /ModDate ").Append(date)
            .Append(" /Trapped /False >>").ToString();
    }
}
