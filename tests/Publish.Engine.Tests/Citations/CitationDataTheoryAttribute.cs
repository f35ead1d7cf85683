namespace Publish.Engine.Tests.Citations;

/// <summary>A theory over the shared CSL data (../shared/csl/chicago-300): skipped, and says so, in a clone without it.</summary>
public sealed class CitationDataTheoryAttribute : TheoryAttribute
{
    public CitationDataTheoryAttribute()
    {
        if (CitationEditions.Chicago300 is null)
        {
            Skip = "the CSL data (../shared/csl/chicago-300) is not beside this clone; set PUBLISH_CSL_DATA to run these tests";
        }
    }
}
