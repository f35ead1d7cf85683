namespace Publish.Engine.Tests.Readers;

/// <summary>A fact that needs an e-book tool; skipped, saying what to install, only when the tool is not there.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReaderFactAttribute : FactAttribute
{
    public ReaderFactAttribute(string tool)
    {
        Tool = tool;
        Skip = tool switch
        {
            "calibre" when ReaderTool.EbookConvert is null || ReaderTool.EbookMeta is null =>
                "Calibre's ebook-convert and ebook-meta are not installed (apt-get install calibre).",
            "ace" when ReaderTool.AcePuppeteer is null || ReaderTool.Chromium is null || ReaderTool.Node is null =>
                "DAISY Ace is not installed: apt-get install chromium; npm install -g --ignore-scripts @daisy/ace@1.4.6 (or set ACE_PUPPETEER to its ace-puppeteer).",
            "calibre" or "ace" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Not a reader tool."),
        };
    }

    public string Tool { get; }
}
