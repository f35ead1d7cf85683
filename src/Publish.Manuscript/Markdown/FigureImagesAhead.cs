using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Imaging;
using Publish.Manuscript.Input;
using Publish.Model.Input;
using Publish.Model.Threading;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Starts the figure image checks of a Markdown manuscript before it is read: a host calls <see cref="Start"/> as soon
/// as it knows the manuscript's path, and the checks run on the idle cores while the host does its single-threaded
/// start-up (loading the style). The reader's own checks (<see cref="FigureImageChecks"/>) then take an answer from
/// here instead of inspecting the file again. Only a speed-up: the references are found by a plain scan of the text
/// (<c>![…](path)</c>), which may miss some (the reader checks those itself) or find some that are no figure (checked
/// in vain, never reported); an answer is taken only for the same real path with the same length and modification
/// time as when its check started, so a file changed in between is inspected again. One manuscript's checks are kept
/// at a time (a new <see cref="Start"/> drops the answers nobody took): a long-lived host holds no stale answers.
/// </summary>
public static partial class FigureImagesAhead
{
    /// <summary>A manuscript larger than this is not scanned ahead (its reading dominates anyway).</summary>
    private const long MaxScannedBytes = 8L * 1024 * 1024;

    private static ConcurrentDictionary<string, AheadCheck> s_checks = new(StringComparer.Ordinal);

    /// <summary>
    /// Scans <paramref name="manuscriptPath"/> (a <c>.md</c> file) for image references and starts their checks on as
    /// many threads of their own as there are cores. Returns at once, with the checks' task (a host need not wait for
    /// it: the reader waits for the answers it takes); never fails for an unreadable or missing file (the reader
    /// reports it).
    /// </summary>
    public static Task Start(string manuscriptPath)
    {
        var checks = new ConcurrentDictionary<string, AheadCheck>(StringComparer.Ordinal);
        s_checks = checks;
        var next = -1;
        if (!manuscriptPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        // On threads of their own, not the pool's: the style loader's and the reader's parallel loops queue their
        // helpers on the pool, and would wait behind these checks for their whole length (see BackgroundWork).
        var ready = new Lazy<List<AheadCheck>>(() => Prepare(manuscriptPath, checks));
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(worker => BackgroundWork.Start(() =>
        {
            // In the document's order, each worker taking the next check when it is free, as the reader's own do.
            var ordered = ready.Value;
            for (var i = Interlocked.Increment(ref next); i < ordered.Count; i = Interlocked.Increment(ref next))
            {
                _ = ordered[i].Inspection.Value;
            }

            return true;
        })).ToArray();
        return Task.WhenAll(workers);
    }

    /// <summary>
    /// The inspection made ahead of the image at <paramref name="realPath"/> (as <see cref="ImageLocator.ResolveIn"/>
    /// found it), waiting for it if it is under way; null when none was started or the file has changed since.
    /// </summary>
    internal static ImageInspection? Take(string realPath)
    {
        if (!s_checks.TryRemove(realPath, out var check))
        {
            return null;
        }

        return Stamp.Of(realPath) == check.Stamp ? check.Inspection.Value : null;
    }

    private static List<AheadCheck> Prepare(string manuscriptPath, ConcurrentDictionary<string, AheadCheck> checks)
    {
        var ordered = new List<AheadCheck>();
        try
        {
            // Only a regular file is read ahead: a FIFO or a device named as the manuscript would block this thread or
            // take bytes meant for the reader, which refuses such a file itself (PUB1020).
            var file = new FileInfo(manuscriptPath);
            if (!file.Exists || file.Length > MaxScannedBytes || !InputFile.Examine(file.FullName).IsRegular)
            {
                return ordered;
            }

            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file.FullName));
            var folder = ImageLocator.RealFolder(file.DirectoryName ?? ".");
            foreach (Match match in ImageReference().Matches(text))
            {
                var reference = match.Groups["angled"].Success ? match.Groups["angled"].Value : match.Groups["plain"].Value;
                var lookup = ImageLocator.ResolveIn(folder, reference);
                if (lookup.Status != ImageLookupStatus.Found || !InputFile.Examine(lookup.Path).IsRegular || Stamp.Of(lookup.Path) is not { } stamp)
                {
                    continue;
                }

                var path = lookup.Path;
                var check = new AheadCheck(stamp, new Lazy<ImageInspection>(() => ImageInspector.Inspect(path)));
                if (checks.TryAdd(path, check))
                {
                    ordered.Add(check);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Nothing ahead: the reader checks every figure itself and reports what is wrong.
        }

        return ordered;
    }

    /// <summary><c>![alt](path</c> or <c>![alt](&lt;path&gt;</c>: the destination of an inline image, as CommonMark writes it.</summary>
    [GeneratedRegex(@"!\[(?:[^\]\\\n]|\\.)*\]\([ \t]*(?:<(?<angled>[^<>\n]+)>|(?<plain>[^\s()<>]+))", RegexOptions.CultureInvariant)]
    private static partial Regex ImageReference();

    private sealed record AheadCheck(Stamp Stamp, Lazy<ImageInspection> Inspection);

    /// <summary>What identifies a file's version cheaply: its length and last write time.</summary>
    private readonly record struct Stamp(long Length, DateTime LastWriteUtc)
    {
        public static Stamp? Of(string path)
        {
            var file = new FileInfo(path);
            return file.Exists ? new Stamp(file.Length, file.LastWriteTimeUtc) : null;
        }
    }
}
