using System.Collections.Concurrent;

namespace Publish.Model.Input;

/// <summary>
/// Files that several stages read whole — a style's font faces (checked when the style is loaded, hashed into the
/// build's fingerprint, set by the layout, embedded by the EPUB, drawn on its cover) and the press ICC profile — read
/// once per process while they are unchanged, not once per stage and per build (watch mode loads the style again at
/// every poll). Fresh memory is dear: each read of a font into a new array costs its page faults again.
/// <para>
/// Every request opens the file through <see cref="InputFile"/> (a regular file within the caller's limit, with the
/// same refusals and messages as <see cref="InputFile.ReadAllBytes"/>) and compares the opened file's
/// <see cref="InputFileVersion"/> with the held one's: another file, size, modification or change time, and it is read
/// again. File times are coarse (a clock tick, two seconds on some file systems), so a file that changed within
/// <see cref="SettleTime"/> before it was read is handed out but not held: a second write of the same size within the
/// same tick would leave every time as it was. At most <see cref="MaxHeldBytes"/> are held, the least recently used let go first.
/// </para>
/// Thread-safe: requests for one path wait for each other, requests for others do not.
/// </summary>
public static class SharedInputFiles
{
    /// <summary>256 MiB: a style's faces are ~8 MB, a pan-CJK set ~100 MB; a process running many styles (tests) stays bounded.</summary>
    public const long MaxHeldBytes = 256L * 1024 * 1024;

    /// <summary>How long after its last change a file is trusted to keep its content while its times stay the same.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<string, Slot> Slots = new(StringComparer.Ordinal);
    private static readonly Lock Evicting = new();
    private static long s_heldBytes;
    private static long s_uses;

    /// <summary>
    /// The content of the regular file at <paramref name="path"/>, of at most <paramref name="maxBytes"/> (<paramref name="what"/>
    /// names its kind in the size message); the held bytes when the file is the version they were read from.
    /// Throws <see cref="InputFileException"/> (naming the path) as <see cref="InputFile.ReadAllBytes"/> does.
    /// </summary>
    public static SharedInputFile Read(string path, long maxBytes, string what) => Read(path, maxBytes, what, DateTime.UtcNow);

    /// <summary>As <see cref="Read(string, long, string)"/>, with <paramref name="now"/> the time the read starts (tests settle files by it).</summary>
    internal static SharedInputFile Read(string path, long maxBytes, string what, DateTime now)
    {
        // Opened first: a path InputFile refuses (empty, a NUL, a FIFO) is refused before anything else looks at it.
        using var handle = InputFile.OpenRegularWithVersion(path, maxBytes, what, out var version);
        var slot = Slots.GetOrAdd(Path.GetFullPath(path), static _ => new Slot());
        SharedInputFile file;
        lock (slot.Gate)
        {
            if (slot.File is { } held && held.Version == version)
            {
                held.LastUse = Interlocked.Increment(ref s_uses);
                return held;
            }

            byte[] bytes;
            try
            {
                bytes = InputFile.ReadAll(handle, version.Length);
            }
            catch (InputFileException refused) when (refused.Path is null)
            {
                throw refused.Naming(path);
            }

            file = new SharedInputFile(bytes, version) { LastUse = Interlocked.Increment(ref s_uses) };
            slot.Hold(Settled(version, now) ? file : null);
        }

        LetGoBeyondLimit();
        return file;
    }

    /// <summary>The held content of <paramref name="path"/> when it was read from <paramref name="version"/> of the file; otherwise null.</summary>
    public static SharedInputFile? Held(string path, InputFileVersion version)
    {
        if (!Slots.TryGetValue(Path.GetFullPath(path), out var slot))
        {
            return null;
        }

        lock (slot.Gate)
        {
            if (slot.File is { } held && held.Version == version)
            {
                held.LastUse = Interlocked.Increment(ref s_uses);
                return held;
            }

            return null;
        }
    }

    /// <summary>The bytes held now, all files together.</summary>
    public static long HeldBytes => Interlocked.Read(ref s_heldBytes);

    private static bool Settled(InputFileVersion version, DateTime now) =>
        version.LastChangeNanoseconds < (now - SettleTime - DateTime.UnixEpoch).Ticks * 100;

    private static void LetGoBeyondLimit()
    {
        if (HeldBytes <= MaxHeldBytes)
        {
            return;
        }

        lock (Evicting)
        {
            // Slot locks are taken one at a time here and never while a reader holds one, so this cannot deadlock.
            foreach (var slot in Slots.Values.Where(s => s.File is not null).OrderBy(s => s.File?.LastUse ?? long.MaxValue).ToList())
            {
                if (HeldBytes <= MaxHeldBytes)
                {
                    return;
                }

                lock (slot.Gate)
                {
                    slot.Hold(null);
                }
            }
        }
    }

    /// <summary>One path's held file; <see cref="Gate"/> guards it.</summary>
    private sealed class Slot
    {
        public Lock Gate { get; } = new();

        public SharedInputFile? File { get; private set; }

        /// <summary>Holds <paramref name="file"/> instead of the file held so far (null: none), keeping the count of held bytes.</summary>
        public void Hold(SharedInputFile? file)
        {
            Interlocked.Add(ref s_heldBytes, (file?.Bytes.LongLength ?? 0) - (File?.Bytes.LongLength ?? 0));
            File = file;
        }
    }
}
