namespace Publish.Typesetting.Layout.SetLines;

/// <summary>
/// The idle cores helper threads may take. One budget shared by the layouts a process runs at once (its owner
/// passes it to each <see cref="PrintLayout"/>) keeps them from starting more threads than there are cores;
/// without one, each layout assumes it has the machine to itself.
/// </summary>
public sealed class HelperBudget
{
    private readonly Lock _lock = new();
    private int _free;

    /// <param name="cores">Helper threads allowed at once; by default every core but the caller's.</param>
    public HelperBudget(int? cores = null)
    {
        _free = Math.Max(0, cores ?? (Environment.ProcessorCount - 1));
    }

    /// <summary>Takes up to <paramref name="wanted"/> helpers; returns how many were granted.</summary>
    public int Take(int wanted)
    {
        lock (_lock)
        {
            var granted = Math.Clamp(wanted, 0, _free);
            _free -= granted;
            return granted;
        }
    }

    /// <summary>Gives back helpers taken before.</summary>
    public void Give(int helpers)
    {
        lock (_lock)
        {
            _free += helpers;
        }
    }
}
