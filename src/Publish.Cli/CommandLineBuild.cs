using System.Collections.Concurrent;
using Publish.Engine;

namespace Publish.Cli;

/// <summary>
/// What <c>publish build</c>'s command line asks for: the engine's <see cref="BuildRequest"/>, plus what the command
/// line adds around it — an edition written to one named file (<c>-o FILE.pdf</c>, <see cref="SingleEditionTarget"/>)
/// and a manuscript read from standard input (<c>-</c>, <see cref="StdinManuscript"/>). Disposing it removes the
/// private folders those use.
/// </summary>
internal sealed class CommandLineBuild(BuildRequest request, SingleEditionTarget? file, StdinManuscript? stdin) : IDisposable
{
    private readonly ConcurrentDictionary<string, ManuscriptResult> _delivered = new(StringComparer.Ordinal);

    /// <summary>What the engine builds.</summary>
    public BuildRequest Request => request;

    /// <summary>The one file the edition goes to, when <c>-o</c> named a file.</summary>
    public SingleEditionTarget? File => file;

    /// <summary>The request as the report shows it: with <c>-o FILE</c>, the folder of that file is the output folder.</summary>
    public BuildRequest Reported => file is null ? request : request with { OutputFolder = Path.GetDirectoryName(Path.GetFullPath(file.Path))! };

    /// <summary>
    /// A finished manuscript as the user sees it: its edition put at the named file, standard input named
    /// <c>&lt;stdin&gt;</c>. Done once per manuscript (called from a build thread as it finishes).
    /// </summary>
    public ManuscriptResult Delivered(ManuscriptResult manuscript) =>
        _delivered.GetOrAdd(manuscript.Source, _ =>
        {
            var placed = file?.Deliver(manuscript) ?? manuscript;
            return stdin?.Shown(placed) ?? placed;
        });

    /// <summary>The whole result as the user sees it (<see cref="Delivered"/> for every manuscript).</summary>
    public BuildResult Delivered(BuildResult result) =>
        file is null && stdin is null ? result : result with { Manuscripts = [.. result.Manuscripts.Select(Delivered)], BuildDiagnostics = [.. result.BuildDiagnostics.Select(d => stdin?.Shown(d) ?? d)] };

    public void Dispose()
    {
        file?.Dispose();
        stdin?.Dispose();
    }
}
