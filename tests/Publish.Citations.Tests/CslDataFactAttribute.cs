namespace Publish.Citations.Tests;

/// <summary>A test over the CSL test data (<see cref="CslData"/>), skipped with the reason when it is not on this machine.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CslDataFactAttribute : FactAttribute
{
    /// <summary>Why a test over the CSL data is skipped.</summary>
    public const string Missing = "the CSL test data is not here (set PUBLISH_CSL_DATA to the folder holding test-suite/, locales/ and chicago-300/; looked in <repo>/../shared/csl and /work/shared/csl).";

    public CslDataFactAttribute()
    {
        if (CslData.Folder is null)
        {
            Skip = Missing;
        }
    }
}
