using System.Collections.Concurrent;

namespace Publish.Engine.Budget;

/// <summary>The manuscripts a <see cref="Publisher"/> is building right now, for the <see cref="BudgetWatchdog"/>. Thread-safe.</summary>
public sealed class RunningManuscripts
{
    private readonly ConcurrentDictionary<ManuscriptBudget, byte> _running = new();

    public void Add(ManuscriptBudget budget) => _running[budget] = 0;

    public void Remove(ManuscriptBudget budget) => _running.TryRemove(budget, out _);

    public IReadOnlyList<ManuscriptBudget> Snapshot() => [.. _running.Keys];
}
