namespace Publish.Typesetting.Inline;

public enum BreakItemKind : byte
{
    Box,
    Glue,
    Penalty,
}
