using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// What a cross-reference without link text of its own prints: the target's label ("Table 2", "Figure 3") or a
/// heading's or span's own text, and, when the target is printed on another page, that page
/// (<see cref="EditionLabels.OnPage"/>: "Table 2 on p. 14").
/// </summary>
public static class CrossReferenceLabel
{
    public static string Of(CrossReferenceInline reference, EditionLabels labels, string? page = null)
    {
        var label = labels.LabelOf(reference);
        return page is null ? label : string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.OnPage, label, page);
    }

    /// <summary>Whether the PDF adds the target's page to this reference: only to a generated figure or table label.</summary>
    public static bool TakesPage(CrossReferenceInline reference) =>
        reference.Children.IsDefaultOrEmpty && reference.TargetKind is CrossReferenceKind.Table or CrossReferenceKind.Figure;
}
