namespace Publish.Pdf.Tests.Support;

/// <summary>A theory that needs an external tool; skipped, saying which, only when it is not installed (see <see cref="ToolFactAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(string tool)
    {
        Tool = tool;
        if (!ExternalTool.IsInstalled(tool))
        {
            Skip = $"'{tool}' is not installed (apt-get install libjpeg-turbo-progs).";
        }
    }

    public string Tool { get; }
}
