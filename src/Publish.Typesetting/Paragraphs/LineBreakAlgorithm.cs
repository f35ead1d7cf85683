namespace Publish.Typesetting.Paragraphs;

public enum LineBreakAlgorithm
{
    /// <summary>Knuth–Plass: the least total demerits over the whole paragraph.</summary>
    TotalFit,

    /// <summary>Each line takes as much as fits (shrinking if need be): the word-processor way; for comparison and drafts.</summary>
    FirstFit,
}
