namespace Publish.Model.Memory;

/// <summary>
/// Admits image decodes against a memory limit before their pixels are allocated. Implemented by the engine's
/// per-manuscript budget; the readers and writers see only this, through <see cref="DecodeMemory"/>.
/// </summary>
public interface IDecodeMemoryBudget
{
    /// <summary>
    /// Reserves <paramref name="bytes"/> for a decode of <paramref name="what"/> until the returned lease is disposed.
    /// May wait for other decodes to finish; throws <see cref="OperationCanceledException"/> (the build's over-budget
    /// signal) when the decode cannot fit under the limit even alone.
    /// </summary>
    IDisposable Reserve(long bytes, string what);
}
