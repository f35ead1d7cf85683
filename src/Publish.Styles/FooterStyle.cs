using System.Globalization;
using Publish.Model;

namespace Publish.Styles;

/// <summary>
/// The running footer: the institution's lines (used when the manuscript brings none of its own, or always as
/// <see cref="InstitutionSource"/> says),
/// the page-number format, the footer text style and an optional rule above it.
/// </summary>
public sealed record FooterStyle
{
    /// <summary>The style's institution lines; their text may hold <see cref="FooterFields"/> such as <c>{year}</c>.</summary>
    public required Institution Institution { get; init; }

    /// <summary>Whether the manuscript's own institution block or the style's lines win (<c>footer.institution</c>).</summary>
    public FooterInstitutionSource InstitutionSource { get; init; } = FooterInstitutionSource.ManuscriptFirst;

    /// <summary>
    /// The institution lines both editions print for <paramref name="document"/>: the manuscript's block when it has one
    /// (unless <see cref="InstitutionSource"/> is <see cref="FooterInstitutionSource.House"/>), else the style's lines
    /// with their fields filled in from the metadata and <paramref name="buildDate"/>; null when neither has lines.
    /// </summary>
    public Institution? InstitutionFor(Document document, DateTimeOffset buildDate)
    {
        var own = document.Institution is { Lines.IsDefaultOrEmpty: false } block ? block : null;
        if (Institution.Lines.IsDefaultOrEmpty || (own is not null && InstitutionSource == FooterInstitutionSource.ManuscriptFirst))
        {
            return own;
        }

        return new Institution([.. Institution.Lines.Select(l => l with { Text = FooterFields.Fill(l.Text, document.Metadata, buildDate) })]);
    }

    public required FooterPlacement Placement { get; init; }

    public required FooterAlignment Alignment { get; init; }

    /// <summary>Text with the placeholders <c>{page}</c> and <c>{pages}</c> only (checked by the loader); empty means no folio.</summary>
    public required string PageNumberFormat { get; init; }

    public required TextStyle Text { get; init; }

    /// <summary>Null when the style asks for no rule.</summary>
    public FooterRule? Rule { get; init; }

    /// <summary>Whether page <paramref name="page"/> (1-based) of <paramref name="pages"/> carries the institution's lines.</summary>
    public bool HasLinesOn(int page, int pages) => Placement switch
    {
        FooterPlacement.EveryPage => true,
        FooterPlacement.FirstPage => page == 1,
        FooterPlacement.ExceptFirstPage => page > 1,
        FooterPlacement.LastPage => page == pages,
        FooterPlacement.None => false,
        _ => throw new InvalidOperationException($"Unknown footer placement {Placement}."),
    };

    public string FormatPageNumber(int page, int pages) => PageNumberFormat
        .Replace("{pages}", pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
