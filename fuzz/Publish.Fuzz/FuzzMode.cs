namespace Publish.Fuzz;

/// <summary>What a fuzz input drives: the readers only (fast, thousands of executions a second) or the whole build.</summary>
internal enum FuzzMode
{
    Read,
    Build,
}
