using Publish.Engine.Tests.TextLayer;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// A test over an external corpus file (<see cref="CorpusFiles"/>), skipped with the reason when the file is not on
/// this machine or, when one is named, the command-line tool that gives the expected text is not installed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute(string corpusFile, string? tool = null, string? package = null)
    {
        if (CorpusFiles.Find(corpusFile) is null)
        {
            Skip = $"the corpus file {corpusFile} is not here (set PUBLISH_CORPORA to the folder holding it; looked in {CorpusFiles.Folder ?? "<repo>/../shared/corpora and /work/shared/corpora"}).";
        }
        else if (tool is not null && !TextTool.IsInstalled(tool))
        {
            Skip = $"'{tool}' is not installed (apt-get install {package ?? tool}).";
        }
    }
}
