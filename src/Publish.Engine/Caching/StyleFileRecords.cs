using System.Globalization;
using System.Text;
using Publish.Engine.Output;
using Publish.Model.Input;

namespace Publish.Engine.Caching;

/// <summary>
/// The style's files as the last build into an output folder hashed them (<c>OUTPUT/.publish-cache/style-files.records</c>:
/// one line per file, the version its descriptor gave — size, device, inode, modification and change time — its SHA-256
/// and its path), so the build fingerprint takes each recorded hash again while the file is that same version, instead
/// of hashing ~8 MB of fonts at the start of every build. The change time is the kernel's (a font rewritten in place and
/// given its old size and modification time back still has a new one, and is hashed again — a watch relies on it); where
/// the system cannot say (not Linux) only size and time are compared, as for any input. The name ends otherwise than an
/// entry's (<c>.json</c>), so no manuscript's entry can take it. A missing, damaged or foreign file is no record at all:
/// every file is hashed.
/// </summary>
internal static class StyleFileRecords
{
    public const string FileName = "style-files.records";

    /// <summary>Longer than any list of a style's files; anything bigger is not ours, and is not read.</summary>
    private const int MaxBytes = 1 << 20;

    private const string Header = "publish-style-files-2";

    /// <summary>
    /// Each file's SHA-256 (<see cref="InputRecord.Absent"/> when it is not a readable regular file), in the order given:
    /// the recorded one while the file is the version recorded, else hashed now; what changed is recorded for the next build.
    /// </summary>
    public static List<(string Path, string Sha256)> Hash(IEnumerable<string> files, string outputFolder)
    {
        var recorded = Load(outputFolder);
        var hashed = new List<(string Path, InputFileVersion? Version, string Sha256)>();
        foreach (var file in files)
        {
            hashed.Add(HashOne(file, recorded));
        }

        if (hashed.Count != recorded.Count || hashed.Any(h => !recorded.TryGetValue(h.Path, out var last) || last != (h.Version, h.Sha256)))
        {
            Save(outputFolder, hashed);
        }

        return [.. hashed.Select(h => (h.Path, h.Sha256))];
    }

    private static (string Path, InputFileVersion? Version, string Sha256) HashOne(string path, Dictionary<string, (InputFileVersion? Version, string Sha256)> recorded)
    {
        try
        {
            // One open through InputFile (never a FIFO's blocking open); the version is the opened file's.
            using var handle = InputFile.OpenRegularWithVersion(path, long.MaxValue, "style file", out var version);
            return (path, version, recorded.TryGetValue(path, out var last) && last.Version == version ? last.Sha256 : InputHasher.ContentHash(path, handle, version));
        }
        catch (InputFileException)
        {
            return (path, null, InputRecord.Absent);
        }
    }

    private static Dictionary<string, (InputFileVersion? Version, string Sha256)> Load(string outputFolder)
    {
        var records = new Dictionary<string, (InputFileVersion? Version, string Sha256)>(StringComparer.Ordinal);
        if (PathIn(outputFolder) is not { } path || new FileInfo(path) is not { Exists: true, LinkTarget: null, Length: > 0 and <= MaxBytes } file)
        {
            return records;
        }

        try
        {
            var lines = File.ReadAllLines(file.FullName, Encoding.UTF8);
            if (lines.Length == 0 || lines[0] != Header)
            {
                return records;
            }

            foreach (var line in lines.Skip(1))
            {
                // length device inode modified changed sha256 path (the path last: it may hold spaces)
                var parts = line.Split(' ', 7);
                if (parts.Length == 7
                    && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                    && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var device)
                    && ulong.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
                    && long.TryParse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var modified)
                    && long.TryParse(parts[4], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var changed)
                    && parts[5].Length == 64 && parts[5].All(char.IsAsciiHexDigitLower))
                {
                    records[parts[6]] = (new InputFileVersion(length, device, inode, modified, changed), parts[5]);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            records.Clear();
        }

        return records;
    }

    /// <summary>Keeps the files hashed now (absent ones are left out) for the next build; a disk that refuses is no error.</summary>
    private static void Save(string outputFolder, IEnumerable<(string Path, InputFileVersion? Version, string Sha256)> hashed)
    {
        if (PathIn(outputFolder) is not { } path)
        {
            return;
        }

        var text = new StringBuilder(Header).Append('\n');
        foreach (var (file, version, sha256) in hashed)
        {
            if (version is not { } v || file.Contains('\n', StringComparison.Ordinal))
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"{v.Length} {v.Device} {v.Inode} {v.ModifiedNanoseconds} {v.ChangedNanoseconds} {sha256} {file}\n");
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            AtomicFile.Write(path, stream => stream.Write(bytes), durable: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not kept: the next build hashes the style's files again.
        }
    }

    /// <summary>The records' path, when it may be read and written (<see cref="BuildCache.OwnFile"/>).</summary>
    private static string? PathIn(string outputFolder) => BuildCache.OwnFile(outputFolder, FileName);
}
