using System.Globalization;
using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Epub.Content;

/// <summary>What a cross-reference without link text reads as: "Table 2", "Figure 3" in the edition's language, or the target's own text.</summary>
internal static class CrossReferenceLabel
{
    public static string Of(CrossReferenceInline reference, EditionLabels labels)
    {
        var label = labels.LabelOf(reference);

        // Never an empty link (WCAG 2.4.4, axe's link-name): the id is still better than nothing.
        return string.IsNullOrWhiteSpace(XmlCharacters.Clean(label)) ? reference.TargetId : label;
    }

}
