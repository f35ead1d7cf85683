using System.Runtime;
using Publish.Engine.Caching;
using Publish.Engine.Output;
using Publish.Model.Input;

namespace Publish.Cli;

/// <summary>
/// A multicore-JIT profile per output folder and tool (<c>OUTPUT/.publish-cache/jit-TOOL.profile</c>): the runtime
/// records which methods a build had to JIT-compile and, in the next build into the same folder, compiles them ahead on
/// another core while this one reads the style and the manuscripts. ReadyToRun cannot precompile about a thousand of them
/// (generic code reached through shared generics, virtual calls or reflection), and compiling them on the build's own
/// thread was a fixed cost of every run: 0.32 → 0.28 s for a 40-article book with nothing changed, 1.09 → 1.00 s with
/// one article changed (issue 20). The output is the same either way; a native executable has nothing to compile.
/// <para>
/// A profile is recorded once per tool (its name carries the tool's files' identity and the runtime's version, so a
/// rebuilt or updated tool records its own) by the first build into the folder, and then only played: writing it
/// encodes every method's signature, ~35 ms at the end of every build, for a profile that hardly changes (a
/// one-article rebuild of the 40-article issue, six interleaved rounds: 1.04 s rewriting it each time, 0.96 s not).
/// </para>
/// <para>
/// The runtime reads and writes the profile only in a private temporary folder of this process: the folder's profile is
/// copied there when the build starts (when it is a regular file in a real cache folder), and a recorded one copied
/// back, atomically, once the build is done (<see cref="Save"/>) — so a first build into a new folder, whose cache only
/// exists by then, records one too. Nothing at the profile's name that is not a regular file (a link, a FIFO, a device)
/// is read, waited on, written through or replaced.
/// </para>
/// </summary>
internal sealed class JitProfile : IDisposable
{
    /// <summary>The profile's name in the cache folder: this tool's, see <see cref="ToolIdentity"/>.</summary>
    public static readonly string FileName = "jit-" + ToolIdentity() + ".profile";

    /// <summary>Larger than any profile the runtime writes (~100 KB for a book): anything bigger is not one, and is not read.</summary>
    private const long MaxBytes = 16 << 20;

    private readonly string _outputFolder;
    private readonly DirectoryInfo _scratch;
    private bool _recording;
    private bool _played;

    private JitProfile(string outputFolder, DirectoryInfo scratch)
    {
        _outputFolder = outputFolder;
        _scratch = scratch;
    }

    /// <summary>
    /// Whether this is the native executable (Native AOT), which has no JIT. Not <c>RuntimeFeature.IsDynamicCodeSupported</c>:
    /// the CLI's builds turn that off too (<c>DynamicCodeSupport</c> in the csproj), and still JIT-compile. The host that
    /// starts a JIT runtime hands it the list of the framework's and the tool's assemblies; a native executable has none.
    /// </summary>
    private static bool IsNativeExecutable => AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is null;

    /// <summary>Starts the runtime's profile for a build into <paramref name="outputFolder"/>; null when it cannot be (no temporary folder).</summary>
    public static JitProfile? Start(string outputFolder)
    {
        if (IsNativeExecutable)
        {
            // Nothing is JIT-compiled, so there is nothing to record or play.
            return null;
        }

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
            profile._played = profile.CopyIn();
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
            if (_played)
            {
                // This tool's profile is there already: the recorder is stopped without writing (it opens its file
                // first, and the scratch folder is gone), rather than re-encoding a profile that hardly changes.
                Dispose();
                ProfileOptimization.StartProfile(null);
                return;
            }

            // An empty name stops the recorder, which writes the profile into the scratch folder now.
            ProfileOptimization.StartProfile(null);
            var recorded = new FileInfo(Path.Combine(_scratch.FullName, FileName));
            if (!recorded.Exists || recorded.Length is 0 or > MaxBytes || Target() is not { } target)
            {
                return;
            }

            var bytes = File.ReadAllBytes(recorded.FullName);
            AtomicFile.Write(target, stream => stream.Write(bytes), durable: false);
            RemoveOtherProfiles(Path.GetDirectoryName(target)!);
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

    /// <summary>The folder's profile, copied into the scratch folder for the runtime to read, when there is one to trust; whether there was.</summary>
    private bool CopyIn()
    {
        if (Target() is not { } target)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            // Through InputFile: a regular file of a profile's size, never a FIFO or a device.
            bytes = InputFile.ReadAllBytes(target, MaxBytes, "JIT profile");
        }
        catch (InputFileException)
        {
            return false;
        }

        if (bytes.Length == 0)
        {
            return false;
        }

        File.WriteAllBytes(Path.Combine(_scratch.FullName, FileName), bytes);
        return true;
    }

    /// <summary>
    /// The profiles of other tools (and the one name all tools shared before, <c>jit.profile</c>): regular files only,
    /// ours by their names in our cache folder, of no use to this tool.
    /// </summary>
    private static void RemoveOtherProfiles(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "jit*.profile"))
        {
            var name = Path.GetFileName(path);
            var ours = name == "jit.profile" || (name.StartsWith("jit-", StringComparison.Ordinal) && name.Length == FileName.Length);
            if (ours && name != FileName && new FileInfo(path).LinkTarget is null && InputFile.Examine(path).Kind is InputFileKind.Regular)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>
    /// The tool's files as they are installed (each <c>Publish*.dll</c> and <c>publish.dll</c> beside this one: name,
    /// size, time) and the runtime's version, hashed (FNV-1a) to 16 hex digits: a rebuilt, updated or differently run
    /// tool compiles other code, and a profile of another tool's methods only costs the other core its time.
    /// </summary>
    private static string ToolIdentity()
    {
        var text = new System.Text.StringBuilder(Environment.Version.ToString());
        try
        {
            foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
                .Where(f => Path.GetFileName(f).StartsWith("Publish", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(file);
                text.Append('\n').Append(info.Name).Append(' ').Append(info.Length).Append(' ').Append(info.LastWriteTimeUtc.Ticks);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The runtime's version alone: a profile of other methods is played in vain, never wrongly.
        }

        var hash = 14695981039346656037UL;
        foreach (var c in text.ToString())
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The profile's path in the output folder's cache, when it may be read and written (<see cref="BuildCache.OwnFile"/>).</summary>
    private string? Target() => BuildCache.OwnFile(_outputFolder, FileName);
}
