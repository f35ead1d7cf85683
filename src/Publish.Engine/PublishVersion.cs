namespace Publish.Engine;

/// <summary>The producer name written into editions. A constant, not the build's informational version, so editions stay reproducible.</summary>
public static class PublishVersion
{
    public const string Producer = "Publish 0.1";
}
