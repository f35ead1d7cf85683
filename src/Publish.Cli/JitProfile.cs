using System.Runtime;
using Publish.Engine.Caching;
using Publish.Model.Input;

namespace Publish.Cli;

/// <summary>
/// A multicore-JIT profile per output folder (<c>OUTPUT/.publish-cache/jit.profile</c>): the runtime records which
/// methods a build had to JIT-compile and, in the next build into the same folder, compiles them ahead on another core
/// while this one reads the style and the manuscripts. ReadyToRun cannot precompile about a thousand of them (generic
/// code reached through shared generics, virtual calls or reflection), and compiling them on the build's own thread was
/// a fixed cost of every run: 0.32 → 0.28 s for a 40-article book with nothing changed, 1.09 → 1.00 s with one article
/// changed (issue 20). The output is the same either way; a native executable has nothing to compile and ignores it.
/// <para>
/// The runtime writes the file itself when the process ends, by opening its path: so it is asked to only when the
/// cache folder is a real folder (not a link) and the file is absent or a regular file (not a link, a FIFO or a device),
/// so nothing placed there makes it write elsewhere or wait. A folder without a cache yet (a first build, <c>-o FILE.pdf</c>) gets none.
/// </para>
/// </summary>
internal static class JitProfile
{
    public const string FileName = "jit.profile";

    /// <summary>Starts the profile for builds into <paramref name="outputFolder"/>; false when it is not started.</summary>
    public static bool Start(string outputFolder)
    {
        try
        {
            var folder = new DirectoryInfo(Path.Combine(outputFolder, BuildCache.FolderName));
            if (!folder.Exists || folder.LinkTarget is not null)
            {
                return false;
            }

            // The runtime opens the path to write it when the process ends: a FIFO there would hold the process, a link send the bytes elsewhere.
            var profile = new FileInfo(Path.Combine(folder.FullName, FileName));
            if (profile.LinkTarget is not null || InputFile.Examine(profile.FullName).Kind is not (InputFileKind.Missing or InputFileKind.Regular))
            {
                return false;
            }

            ProfileOptimization.SetProfileRoot(folder.FullName);
            ProfileOptimization.StartProfile(FileName);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
