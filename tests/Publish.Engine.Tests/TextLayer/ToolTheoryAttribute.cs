namespace Publish.Engine.Tests.TextLayer;

/// <summary>A theory that is skipped, with the Debian package to install, when its command-line tool is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(string tool, string package)
    {
        if (!TextTool.IsInstalled(tool))
        {
            Skip = $"'{tool}' is not installed (apt-get install {package}).";
        }
    }
}
