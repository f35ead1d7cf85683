namespace Publish.Engine.Tests.Conformance;

/// <summary>A fact that needs a command-line tool; skipped, naming the Debian package, when the tool is not on the PATH.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool, string package)
    {
        if (!ExternalTool.IsInstalled(tool))
        {
            Skip = $"'{tool}' is not installed ({package}).";
        }
    }
}
