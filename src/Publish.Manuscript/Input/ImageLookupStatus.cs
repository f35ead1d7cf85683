namespace Publish.Manuscript.Input;

public enum ImageLookupStatus
{
    Found,
    Missing,

    /// <summary>The reference points outside the manuscript's folder: refused, never read.</summary>
    Outside,
}
