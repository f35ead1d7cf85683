using Publish.Engine.Budget;
using Publish.Model;

namespace Publish.Engine.Editions;

/// <summary>
/// Writes one edition format from a read document. Implementations report problems into
/// <see cref="EditionContext.Diagnostics"/> and throw only on bugs; the engine writes the stream atomically.
/// Every edition is a peer: what one needs from the build beyond the document is declared here
/// (<see cref="PrintLayout"/>), and the engine never asks which format a writer is to decide what to make.
/// </summary>
public interface IEditionWriter
{
    EditionFormats Format { get; }

    string Extension { get; }

    /// <summary>Whether this edition needs the print layout (<see cref="EditionContext.Print"/>), takes it when made, or ignores it.</summary>
    PrintLayoutUse PrintLayout { get; }

    /// <summary>The stage a budget overrun names while this edition is written.</summary>
    BuildStage Stage { get; }

    void Write(Document document, EditionContext context, Stream output);
}
