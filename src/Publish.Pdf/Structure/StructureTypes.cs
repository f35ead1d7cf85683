using Publish.Typesetting.Frames;

namespace Publish.Pdf.Structure;

/// <summary>The standard structure type (ISO 32000-1 §14.8.4) of each role; no role map is needed.</summary>
internal static class StructureTypes
{
    public static string Of(StructureRole role) => role switch
    {
        StructureRole.Document => "Document",
        StructureRole.Heading1 => "H1",
        StructureRole.Heading2 => "H2",
        StructureRole.Heading3 => "H3",
        StructureRole.Heading4 => "H4",
        StructureRole.Heading5 => "H5",
        StructureRole.Heading6 => "H6",
        StructureRole.Paragraph => "P",
        StructureRole.BlockQuote => "BlockQuote",
        StructureRole.Code => "Code",
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.ListBody => "LBody",
        StructureRole.Note => "Note",
        StructureRole.Figure => "Figure",
        StructureRole.Caption => "Caption",
        StructureRole.BibliographyEntry => "BibEntry",
        StructureRole.Link => "Link",
        StructureRole.ListLabel => "Lbl",
        StructureRole.Reference => "Reference",
        StructureRole.Section => "Sect",
        StructureRole.Table => "Table",
        StructureRole.TableHead => "THead",
        StructureRole.TableBody => "TBody",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeaderCell => "TH",
        StructureRole.TableDataCell => "TD",
        StructureRole.Division => "Div",
        StructureRole.Span => "Span",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown structure role."),
    };
}
