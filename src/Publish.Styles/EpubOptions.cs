namespace Publish.Styles;

/// <summary>Options that only concern the EPUB edition.</summary>
public sealed record EpubOptions(NotesPlacement Notes, bool EmbedFonts)
{
    /// <summary>
    /// The party named in <c>a11y:certifiedBy</c> beside the EPUB Accessibility 1.1 claim (<c>epub.accessibility.certified-by</c>).
    /// Null: the manuscript's publisher, who publishes the claim and answers for it.
    /// </summary>
    public string? CertifiedBy { get; init; }

    /// <summary>False when the style says <c>certified-by: none</c>: the EPUB then declares its accessibility features but claims no conformance.</summary>
    public bool ClaimAccessibility { get; init; } = true;
}
