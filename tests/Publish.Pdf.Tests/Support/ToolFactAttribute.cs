namespace Publish.Pdf.Tests.Support;

/// <summary>
/// A fact that needs an external validator. It is skipped, saying which tool is missing, only when the tool
/// is not installed (CI installs qpdf and poppler-utils, so there it always runs).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        Tool = tool;
        if (!ExternalTool.IsInstalled(tool))
        {
            Skip = $"'{tool}' is not installed (apt-get install qpdf poppler-utils).";
        }
    }

    public string Tool { get; }
}
