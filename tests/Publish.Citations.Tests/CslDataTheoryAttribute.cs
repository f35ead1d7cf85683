namespace Publish.Citations.Tests;

/// <summary>A theory over the CSL test data (<see cref="CslData"/>), skipped with the reason when it is not on this machine, as <see cref="CslDataFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CslDataTheoryAttribute : TheoryAttribute
{
    public CslDataTheoryAttribute()
    {
        if (CslData.Folder is null)
        {
            Skip = CslDataFactAttribute.Missing;
        }
    }
}
