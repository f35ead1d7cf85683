namespace Publish.Fuzz;

/// <summary>What a fuzz input drives.</summary>
internal enum FuzzMode
{
    /// <summary>The manuscript readers only (fast, thousands of executions a second).</summary>
    Read,

    /// <summary>Read, lay out once and write both editions into memory.</summary>
    Build,

    /// <summary>The input is a house style YAML file, loaded as <c>--style</c> would load it.</summary>
    Style,

    /// <summary>The input is a <c>publish.yaml</c> manifest, loaded as <c>publish build publish.yaml</c> would load it.</summary>
    Manifest,
}
