using System.Globalization;
using Publish.Model;

namespace Publish.Styles;

/// <summary>
/// The running footer: the institution's lines (used when the manuscript brings none of its own),
/// the page-number format, the footer text style and an optional rule above it.
/// </summary>
public sealed record FooterStyle
{
    public required Institution Institution { get; init; }

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
