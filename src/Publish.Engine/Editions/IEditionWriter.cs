using Publish.Model;

namespace Publish.Engine.Editions;

/// <summary>
/// Writes one edition format from a read document. Implementations report problems into
/// <see cref="EditionContext.Diagnostics"/> and throw only on bugs; the engine writes the stream atomically.
/// </summary>
public interface IEditionWriter
{
    EditionFormats Format { get; }

    string Extension { get; }

    void Write(Document document, EditionContext context, Stream output);
}
