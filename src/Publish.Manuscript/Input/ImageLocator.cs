
namespace Publish.Manuscript.Input;

/// <summary>
/// Resolves an image reference written in a manuscript to a file inside the manuscript's folder. The
/// reference is percent-decoded (repeatedly, so double-encoded <c>%252e%252e</c> cannot sneak past), resolved
/// against the folder, and every symbolic link on the way is followed before the containment check, so
/// <c>../</c>, absolute paths, <c>file:</c> URLs and links pointing outside are all refused.
/// </summary>
public static class ImageLocator
{
    /// <summary>Image extensions looked for beside a legacy manuscript, in order of preference.</summary>
    public static IReadOnlyList<string> KnownExtensions { get; } = [".jpg", ".jpeg", ".png", ".webp"];

    public static ImageLookup Resolve(string manuscriptFolder, string reference) => ResolveIn(RealFolder(manuscriptFolder), reference);

    /// <summary>The manuscript folder with every symbolic link along it resolved, for <see cref="ResolveIn"/>.</summary>
    public static string RealFolder(string manuscriptFolder) => RealPath(System.IO.Path.GetFullPath(manuscriptFolder));

    /// <summary>
    /// <see cref="Resolve"/> in a folder given by its <see cref="RealFolder"/>: a manuscript with many images resolves
    /// its folder once, and each image's path only below it.
    /// </summary>
    public static ImageLookup ResolveIn(string realFolder, string reference)
    {
        var decoded = DecodeFully(reference.Trim());
        if (decoded.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || decoded.Contains("://", StringComparison.Ordinal))
        {
            return ImageLookup.Outside(decoded);
        }

        if (System.IO.Path.IsPathRooted(decoded) || decoded.StartsWith('\\') || decoded.Contains('\0', StringComparison.Ordinal))
        {
            return ImageLookup.Outside(decoded);
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(realFolder, decoded.Replace('\\', '/')));
        if (!IsInside(realFolder, candidate))
        {
            return ImageLookup.Outside(decoded);
        }

        if (!File.Exists(candidate))
        {
            return ImageLookup.Missing(candidate);
        }

        var real = RealPathBelow(realFolder, candidate);
        return IsInside(realFolder, real) ? ImageLookup.Found(real) : ImageLookup.Outside(decoded);
    }

    /// <summary>
    /// The first existing file named <paramref name="baseName"/> with a known image extension, looked for in
    /// the manuscript's folder and then in its <c>images/</c> folder.
    /// </summary>
    public static ImageLookup FindBeside(string manuscriptFolder, string baseName)
    {
        foreach (var folder in new[] { string.Empty, "images/" })
        {
            foreach (var extension in KnownExtensions)
            {
                foreach (var name in new[] { baseName + extension, baseName + extension.ToUpperInvariant() })
                {
                    var lookup = Resolve(manuscriptFolder, folder + name);
                    if (lookup.Status != ImageLookupStatus.Missing)
                    {
                        return lookup;
                    }
                }
            }
        }

        return ImageLookup.Missing(System.IO.Path.Combine(manuscriptFolder, baseName + KnownExtensions[0]));
    }

    private static string DecodeFully(string reference)
    {
        var current = reference;
        for (var i = 0; i < 8; i++)
        {
            var next = Uri.UnescapeDataString(current);
            if (string.Equals(next, current, StringComparison.Ordinal))
            {
                return next;
            }

            current = next;
        }

        return current;
    }

    private static bool IsInside(string root, string path)
    {
        var prefix = root.EndsWith('/') ? root : root + "/";
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it resolved (the file system's own answer).</summary>
    private static string RealPath(string path) => RealPathBelow("/", path);

    /// <summary>
    /// <see cref="RealPath"/> of a <paramref name="path"/> inside <paramref name="realFolder"/>, a folder whose links are
    /// resolved already: only the components below it are looked at.
    /// </summary>
    private static string RealPathBelow(string realFolder, string path)
    {
        var parts = path[realFolder.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        var current = realFolder;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = System.IO.Path.Combine(current, parts[i]);
            var info = new FileInfo(next);
            if (info.Exists || Directory.Exists(next))
            {
                var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true);
                if (target is not null)
                {
                    next = RealPath(System.IO.Path.GetFullPath(target.FullName));
                }
            }

            current = next;
        }

        return current;
    }

}
