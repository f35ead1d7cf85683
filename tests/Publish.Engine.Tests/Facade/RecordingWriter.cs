using Publish.Engine.Budget;
using Publish.Engine.Editions;
using Publish.Model;

namespace Publish.Engine.Tests.Facade;

/// <summary>An edition writer that declares a print-layout use and records whether the engine handed it the layout.</summary>
internal sealed class RecordingWriter(EditionFormats format, PrintLayoutUse use) : IEditionWriter
{
    public EditionFormats Format => format;

    public string Extension => "." + format.ToString().ToLowerInvariant();

    public PrintLayoutUse PrintLayout => use;

    public BuildStage Stage => BuildStage.WritingEpub;

    /// <summary>Whether <see cref="EditionContext.Print"/> held a layout when this writer was called; null when never called.</summary>
    public bool? GotLayout { get; private set; }

    public void Write(Document document, EditionContext context, Stream output)
    {
        GotLayout = context.Print is not null;
        output.WriteByte(0);
    }
}
