namespace Publish.Typesetting.Frames;

/// <summary>
/// What a structure element is, in the terms of the PDF standard structure types (ISO 32000-1 §14.8.4), so the
/// writer maps each to exactly one type and assistive technology reads headings, notes and figures as such.
/// </summary>
public enum StructureRole
{
    Document,
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Heading5,
    Heading6,
    Paragraph,
    BlockQuote,
    Code,
    List,
    ListItem,
    ListBody,
    Note,
    Figure,
    Caption,
    BibliographyEntry,
    Link,

    /// <summary>A list item's label (bullet or number), beside its LBody (PDF/UA-1 §7.6).</summary>
    ListLabel,

    /// <summary>A citation of content elsewhere, e.g. a note marker (ISO 32000-1 §14.8.4.4, Table 338).</summary>
    Reference,

    /// <summary>A section of the document, e.g. the abstract with its heading (ISO 32000-1 §14.8.4.2).</summary>
    Section,

    /// <summary>A table (ISO 32000-1 §14.8.4.3.4, Table 337): its caption, then its row groups.</summary>
    Table,

    /// <summary>A table's header rows, repeated on each page the table continues on (THead).</summary>
    TableHead,

    /// <summary>A table's body rows (TBody).</summary>
    TableBody,

    /// <summary>A table row (TR).</summary>
    TableRow,

    /// <summary>A column header cell (TH with <c>/Scope /Column</c>, PDF/UA-1 §7.5, Matterhorn 15-003).</summary>
    TableHeaderCell,

    /// <summary>A data cell (TD).</summary>
    TableDataCell,

    /// <summary>A generic block grouping, e.g. a styled fenced div: a note box, an epigraph (ISO 32000-1 §14.8.4.2, Div).</summary>
    Division,

    /// <summary>Inline text with attributes of its own, here a language (ISO 32000-1 §14.8.4.4, Table 338; /Lang §14.9.2.2).</summary>
    Span,
}
