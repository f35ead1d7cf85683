namespace Publish.Engine.Budget;

/// <summary>The stages of one manuscript's build, as a budget overrun names them.</summary>
public enum BuildStage
{
    Starting,
    Reading,
    Typesetting,
    WritingPdf,
    WritingEpub,
}
