using Publish.Model;

namespace Publish.Engine;

/// <summary>
/// Inputs that must lie inside <see cref="Root"/> once every symbolic link is resolved: a manifest's entries, which
/// the manifest's author (not the person running the build) named. <see cref="Positions"/> gives, per input path as
/// it appears in <see cref="BuildRequest.Inputs"/>, where it was named, so a refusal points at that line.
/// Inputs not listed (a file named on the command line) are not contained: the user named them.
/// </summary>
public sealed record ContainedInputs(string Root, IReadOnlyDictionary<string, SourceSpan> Positions);
