using System.Globalization;
using System.Text;
using Publish.Engine.Output;

namespace Publish.Engine.Caching;

/// <summary>
/// The style's files as the last build into an output folder hashed them (<c>OUTPUT/.publish-cache/style-files.records</c>:
/// one line per file, its size, modification time, SHA-256 and path), so the build fingerprint takes each recorded hash
/// again while the file's size and time are unchanged (<see cref="InputHasher.Refresh"/>, as for any input) instead of
/// hashing ~8 MB of fonts at the start of every build. The name ends otherwise than an entry's (<c>.json</c>), so no
/// manuscript's entry can take it. A missing, damaged or foreign file is no record at all: every file is hashed.
/// </summary>
internal static class StyleFileRecords
{
    public const string FileName = "style-files.records";

    /// <summary>Longer than any list of a style's files; anything bigger is not ours, and is not read.</summary>
    private const int MaxBytes = 1 << 20;

    private const string Header = "publish-style-files-1";

    /// <summary>The records kept in <paramref name="outputFolder"/>'s cache, by path; empty when there are none to trust.</summary>
    public static Dictionary<string, InputRecord> Load(string outputFolder)
    {
        var records = new Dictionary<string, InputRecord>(StringComparer.Ordinal);
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
                // bytes ticks sha256 path (the path last: it may hold spaces)
                var parts = line.Split(' ', 4);
                if (parts.Length == 4
                    && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                    && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    && parts[2].Length == 64 && parts[2].All(char.IsAsciiHexDigitLower))
                {
                    records[parts[3]] = new InputRecord(parts[3], false, bytes, ticks, parts[2]);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            records.Clear();
        }

        return records;
    }

    /// <summary>Keeps <paramref name="records"/> (files hashed now; absent ones are left out) for the next build; a disk that refuses is no error.</summary>
    public static void Save(string outputFolder, IEnumerable<InputRecord> records)
    {
        if (PathIn(outputFolder) is not { } path)
        {
            return;
        }

        var text = new StringBuilder(Header).Append('\n');
        foreach (var record in records.Where(r => r.Bytes >= 0 && r.Sha256 != InputRecord.Absent && !r.Path.Contains('\n', StringComparison.Ordinal)))
        {
            text.Append(record.Bytes.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(record.ModifiedTicks.ToString(CultureInfo.InvariantCulture)).Append(' ')
                .Append(record.Sha256).Append(' ').Append(record.Path).Append('\n');
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

    /// <summary>The records' path, when the cache folder is a real folder (not a link) and nothing but a regular file stands at the name.</summary>
    private static string? PathIn(string outputFolder)
    {
        var folder = new DirectoryInfo(Path.Combine(outputFolder, BuildCache.FolderName));
        if (!folder.Exists || folder.LinkTarget is not null)
        {
            return null;
        }

        var path = Path.Combine(folder.FullName, FileName);
        return Model.Input.InputFile.Examine(path).Kind is Model.Input.InputFileKind.Missing or Model.Input.InputFileKind.Regular && new FileInfo(path).LinkTarget is null ? path : null;
    }
}
