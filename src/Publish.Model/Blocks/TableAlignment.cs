namespace Publish.Model.Blocks;

/// <summary>A column's alignment as the source writes it (<c>:--</c>, <c>:-:</c>, <c>--:</c>); <see cref="Default"/> when it says nothing.</summary>
public enum TableAlignment
{
    Default,
    Left,
    Center,
    Right,
}
