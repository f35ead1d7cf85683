namespace Publish.Typesetting.Flow;

/// <summary>Which line of which block a flow line is: line <see cref="Index"/> (0-based) of <see cref="Count"/> lines of block <see cref="BlockId"/>.</summary>
public readonly record struct BlockPosition(int BlockId, int Index, int Count)
{
    public bool IsFirst => Index == 0;

    public bool IsLast => Index == Count - 1;
}
