namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A fact that mounts a <see cref="TmpfsMount"/>. It is reported skipped, saying why, only where no tmpfs can be
/// mounted (not root, no CAP_SYS_ADMIN); where one can, a mount that then fails fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (!TmpfsMount.CanMount)
        {
            Skip = "a tmpfs cannot be mounted here (needs root with CAP_SYS_ADMIN)";
        }
    }
}
