namespace Publish.Manuscript.Markdown;

/// <summary>A simple table's body rows read ahead, the number of source lines they took (a closing dash line included), and the end of the last.</summary>
internal sealed record TableLines(List<SourceLine> Rows, int LinesTaken, int End);
