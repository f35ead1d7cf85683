using Publish.Model;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>citations:</c> mapping: the house's defaults for a manuscript's citations.</summary>
internal sealed partial class StyleFileReader
{
    private CitationDefaults ReadCitations(StyleNode? node)
    {
        var fields = context.Fields(node, "citations", StyleKeys.Citations);
        return new CitationDefaults
        {
            Csl = fields.Get("csl") is { } csl ? CslOf(csl) : null,
            LinkCitations = fields.Get("link-citations") is { } link ? context.Boolean(link, "citations.link-citations") : null,
            NotesAfterPunctuation = fields.Get("notes-after-punctuation") is { } after ? context.Boolean(after, "citations.notes-after-punctuation") : null,
            ReferenceSectionTitle = fields.Get("reference-section-title") is { } title ? context.NonEmptyText(title, "citations.reference-section-title") : null,
        };
    }

    /// <summary>A <c>.csl</c> file beside the style (made a full path, checked), else a shipped style's name, checked when a manuscript cites.</summary>
    private string? CslOf(StyleNode node) =>
        context.NonEmptyText(node, "citations.csl") is not { } value ? null
            : value.Trim().EndsWith(".csl", StringComparison.OrdinalIgnoreCase) ? context.ExistingFile(node, "citations.csl", StyleDiagnosticCodes.CitationStyleFileMissing)
            : value.Trim();
}
