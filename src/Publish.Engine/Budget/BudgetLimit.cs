namespace Publish.Engine.Budget;

/// <summary>Which limit of a <see cref="BuildBudget"/> a build ran over.</summary>
public enum BudgetLimit
{
    Time,
    Memory,
}
