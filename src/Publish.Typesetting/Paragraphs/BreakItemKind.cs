namespace Publish.Typesetting.Paragraphs;

public enum BreakItemKind : byte
{
    Box,
    Glue,
    Penalty,
}
