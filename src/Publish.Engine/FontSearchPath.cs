using System.Collections.Immutable;
using Publish.Styles;

namespace Publish.Engine;

/// <summary>The <c>PUBLISH_FONT_PATH</c> environment variable: font folders searched after <c>--font-path</c>'s (<see cref="BuildRequest.FontPaths"/>).</summary>
public static class FontSearchPath
{
    /// <summary>The variable's name.</summary>
    public const string Variable = StyleLoadOptions.FontPathVariable;

    /// <summary>The folders of the variable's value (separated as <c>PATH</c> is), empty entries dropped.</summary>
    public static ImmutableArray<string> FromEnvironmentValue(string? value) => StyleLoadOptions.SplitFontPathList(value);
}
