using Publish.Pdf.Content;

namespace Publish.Pdf.Structure;

/// <summary>
/// Wraps a page's drawing operations in marked-content sequences: consecutive items of the same structure
/// element share one sequence (one MCID), and items with no element are wrapped as artifacts. In an untagged
/// document it emits nothing. Invariant: sequences never nest and every one opened is closed by <see cref="Close"/>.
/// </summary>
internal sealed class MarkedContentTracker
{
    private readonly PageContent content;
    private readonly StructureTreeWriter structure;
    private readonly int pageId;
    private bool open;
    private int? current;

    public MarkedContentTracker(PageContent content, StructureTreeWriter structure, int pageId)
    {
        this.content = content;
        this.structure = structure;
        this.pageId = pageId;
    }

    /// <summary>Makes the next drawing belong to <paramref name="elementId"/> (null: an artifact).</summary>
    public void Enter(int? elementId)
    {
        if (!structure.IsTagged || (open && current == elementId))
        {
            return;
        }

        Close();
        if (elementId is { } id)
        {
            content.BeginMarkedContent(structure.TypeOf(id), structure.AddMarkedContent(id, pageId));
        }
        else
        {
            content.BeginArtifact();
        }

        open = true;
        current = elementId;
    }

    public void Close()
    {
        if (open)
        {
            content.EndMarkedContent();
            open = false;
        }
    }
}
