using System.Globalization;
using System.Text;

namespace Publish.Pdf.Structure;

/// <summary>
/// One entry of a structure element's /K in content order: a marked-content reference (page, MCID), an object
/// reference to an annotation (page, annotation), or an inline child element. Kept as numbers and written straight into
/// the element's dictionary: a book has tens of thousands of marked-content sequences, and a string for each was most of
/// what the structure tree allocated.
/// </summary>
internal readonly record struct StructureKid(StructureKidKind Kind, int Page, int Number)
{
    public static StructureKid MarkedContent(int pageObjectId, int mcid) => new(StructureKidKind.MarkedContent, pageObjectId, mcid);

    public static StructureKid Annotation(int pageObjectId, int annotationObjectId) => new(StructureKidKind.Annotation, pageObjectId, annotationObjectId);

    public static StructureKid Of(int element) => new(StructureKidKind.Element, 0, element);

    /// <summary>The inline child element's id, when the kid is one.</summary>
    public int? Element => Kind == StructureKidKind.Element ? Number : null;

    /// <summary>Appends the kid as the /K array holds it; an element by its object number in <paramref name="objects"/>.</summary>
    public void AppendTo(StringBuilder text, IReadOnlyDictionary<int, int> objects)
    {
        switch (Kind)
        {
            case StructureKidKind.MarkedContent:
                text.Append(CultureInfo.InvariantCulture, $"<< /Type /MCR /Pg {Page} 0 R /MCID {Number} >>");
                break;
            case StructureKidKind.Annotation:
                text.Append(CultureInfo.InvariantCulture, $"<< /Type /OBJR /Pg {Page} 0 R /Obj {Number} 0 R >>");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"{objects[Number]} 0 R");
                break;
        }
    }
}

/// <summary>What a <see cref="StructureKid"/> refers to.</summary>
internal enum StructureKidKind
{
    MarkedContent,
    Annotation,
    Element,
}
