using System.Runtime;
using Publish.Engine.Caching;
using Publish.Engine.Output;
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
/// The runtime reads and writes the profile only in a private temporary folder of this process: the folder's profile is
/// copied there when the build starts (when it is a regular file in a real cache folder), and the recorded one copied
/// back, atomically, once the build is done (<see cref="Save"/>) — so a first build into a new folder, whose cache only
/// exists by then, leaves a profile for the next too. Nothing at the profile's name that is not a regular file (a link,
/// a FIFO, a device) is read, waited on, written through or replaced.
/// </para>
/// </summary>
internal sealed class JitProfile : IDisposable
{
    public const string FileName = "jit.profile";

    /// <summary>Larger than any profile the runtime writes (~100 KB for a book): anything bigger is not one, and is not read.</summary>
    private const long MaxBytes = 16 << 20;

    private readonly string _outputFolder;
    private readonly DirectoryInfo _scratch;
    private bool _recording;

    private JitProfile(string outputFolder, DirectoryInfo scratch)
    {
        _outputFolder = outputFolder;
        _scratch = scratch;
    }

    /// <summary>Starts the runtime's profile for a build into <paramref name="outputFolder"/>; null when it cannot be (no temporary folder).</summary>
    public static JitProfile? Start(string outputFolder)
    {
        DirectoryInfo scratch;
        try
        {
            scratch = Directory.CreateTempSubdirectory("publish-jit-");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var profile = new JitProfile(outputFolder, scratch);
        try
        {
            profile.CopyIn();
            ProfileOptimization.SetProfileRoot(scratch.FullName);
            ProfileOptimization.StartProfile(FileName);
            profile._recording = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Without a profile the build only JIT-compiles on its own thread.
        }

        return profile;
    }

    /// <summary>
    /// Ends the recording and puts the profile in the output folder's cache, when that is a real folder by now and its
    /// profile absent or a regular file. Call once the build is done: methods compiled after this are not recorded.
    /// </summary>
    public void Save()
    {
        if (!_recording)
        {
            return;
        }

        _recording = false;
        try
        {
            // An empty name stops the recorder, which writes the profile into the scratch folder now.
            ProfileOptimization.StartProfile(null);
            var recorded = new FileInfo(Path.Combine(_scratch.FullName, FileName));
            if (!recorded.Exists || recorded.Length is 0 or > MaxBytes || Target() is not { } target)
            {
                return;
            }

            var bytes = File.ReadAllBytes(recorded.FullName);
            AtomicFile.Write(target, stream => stream.Write(bytes), durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Not kept: the next build compiles on its own thread.
        }
    }

    public void Dispose()
    {
        try
        {
            _scratch.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder of ours left behind; the system's temporary-file cleaning takes it.
        }
    }

    /// <summary>The folder's profile, copied into the scratch folder for the runtime to read, when there is one to trust.</summary>
    private void CopyIn()
    {
        if (Target() is not { } target || InputFile.Examine(target).Kind is not InputFileKind.Regular)
        {
            return;
        }

        using var source = File.OpenHandle(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(source);
        if (length is 0 or > MaxBytes)
        {
            return;
        }

        var bytes = new byte[length];
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(source, bytes.AsSpan(read), read) is var got and > 0)
        {
            read += got;
        }

        File.WriteAllBytes(Path.Combine(_scratch.FullName, FileName), bytes.AsSpan(0, read));
    }

    /// <summary>
    /// The profile's path in the output folder's cache, when the cache is a real folder (not a link) and nothing but a
    /// regular file stands at the profile's name (a link is not followed, a FIFO not opened); null otherwise.
    /// </summary>
    private string? Target()
    {
        var folder = new DirectoryInfo(Path.Combine(_outputFolder, BuildCache.FolderName));
        if (!folder.Exists || folder.LinkTarget is not null)
        {
            return null;
        }

        var path = Path.Combine(folder.FullName, FileName);
        return new FileInfo(path).LinkTarget is null && InputFile.Examine(path).Kind is InputFileKind.Missing or InputFileKind.Regular ? path : null;
    }
}
