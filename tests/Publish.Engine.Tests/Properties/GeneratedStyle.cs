namespace Publish.Engine.Tests.Properties;

/// <summary>How a generated word is marked up in Markdown (the legacy export has no markup).</summary>
internal enum GeneratedStyle
{
    Plain,
    Emphasis,
    Strong,
    Link,
    Code,
}
