namespace Publish.Engine.Importing;

/// <summary>How a <see cref="Publisher.Import"/> ended.</summary>
public enum ImportOutcome
{
    /// <summary>The Markdown was written (atomically).</summary>
    Written,

    /// <summary>The target was refused before anything was read (a configuration error: nothing touched).</summary>
    TargetRefused,

    /// <summary>The manuscript has errors, or the disk refused the Markdown: nothing replaced the target.</summary>
    Failed,
}
