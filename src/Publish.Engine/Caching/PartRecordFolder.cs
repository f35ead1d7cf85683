using System.Security.Cryptography;
using System.Text;

namespace Publish.Engine.Caching;

/// <summary>
/// A folder of a book's cache holding one record per part (its layout, its document as read): each file named by the
/// part's path, so a part's new record replaces its old one, and the files of parts the book no longer has pruned, so
/// the folder never holds more files than the book has parts.
/// </summary>
internal static class PartRecordFolder
{
    /// <summary>The record of the part at <paramref name="partPath"/>: the first 128 bits of its full path's SHA-256, in hex.</summary>
    public static string FileOf(string folder, string partPath, string extension) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(partPath))))[..32] + extension);

    /// <summary>Deletes every file in <paramref name="folder"/> but <paramref name="current"/>; what cannot be deleted is left for the next build.</summary>
    public static void Prune(string folder, IEnumerable<string> current)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            var keep = current.ToHashSet(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !keep.Contains(f)))
            {
                File.Delete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build: an old record is a miss, never a wrong hit.
        }
    }
}
