namespace Publish.Styles.Fonts;

/// <summary>One entry of an sfnt table directory: where the table's bytes lie in the file.</summary>
internal readonly record struct SfntTable(string Tag, long Offset, long Length)
{
    public long End => Offset + Length;
}
