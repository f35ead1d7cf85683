namespace Publish.Model.Memory;

/// <summary>
/// The decode budget of the manuscript being built on this logical thread (an <see cref="AsyncLocal{T}"/>, so it
/// flows into the tasks and parallel loops a build starts, and each manuscript of a parallel run sees its own).
/// Ambient rather than passed down because an image is decoded deep inside the reader and both writers, whose
/// signatures are shared with code that has no budget at all (tests, tools): there it is null and every decode is
/// admitted.
/// </summary>
public static class DecodeMemory
{
    private static readonly AsyncLocal<IDecodeMemoryBudget?> Ambient = new();

    public static IDecodeMemoryBudget? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    /// <summary>Reserves the bytes a decode will allocate (see <see cref="IDecodeMemoryBudget.Reserve"/>); a no-op without a budget.</summary>
    public static IDisposable Reserve(long bytes, string what) => Current?.Reserve(bytes, what) ?? NoLease.Instance;

    /// <summary>What a decode holds when no budget applies.</summary>
    private sealed class NoLease : IDisposable
    {
        public static readonly NoLease Instance = new();

        public void Dispose()
        {
        }
    }
}
