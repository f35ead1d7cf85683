using Publish.Model.Input;

namespace Publish.Styles.Loading;

/// <summary>
/// Finds a font file a style names: relative to the folder of the style file that named it, then in each font folder
/// (<see cref="StyleLoadOptions.FontPaths"/>), then in the shipped <c>fonts/</c> folder. In a search folder the name is
/// tried as written and then by its file name alone, since a font folder is usually flat (as Typst's <c>--font-path</c>).
/// An absolute name is taken as written and nowhere else: the system's font folders are read only when a path says so.
/// A file found in a search folder must stay inside that folder once its symbolic links are resolved (as the
/// manifest's contained inputs, issue 15): a link in a font folder cannot lead the build to read elsewhere.
/// </summary>
internal sealed class FontLocator(IReadOnlyList<string> fontPaths, string? shippedFontsFolder)
{
    /// <summary>What a search found: the path to use (or null), and the places looked in for a message.</summary>
    public readonly record struct Found(string? Path, string? Refusal, IReadOnlyList<string> LookedIn);

    public Found Locate(string written, string namingFolder)
    {
        if (written.Contains('\0', StringComparison.Ordinal))
        {
            return new Found(null, null, [written]);
        }

        var beside = Path.GetFullPath(written, namingFolder);
        if (Path.IsPathRooted(written) || InputFile.Examine(beside).Kind != InputFileKind.Missing)
        {
            // Found (or at least present) where the style said: that file is the one meant, usable or not.
            return new Found(beside, null, [beside]);
        }

        var lookedIn = new List<string> { beside };
        foreach (var folder in SearchFolders())
        {
            var root = Path.GetFullPath(folder);
            foreach (var candidate in new[] { Path.GetFullPath(written, root), Path.Combine(root, Path.GetFileName(written)) }.Distinct(StringComparer.Ordinal))
            {
                lookedIn.Add(candidate);
                if (InputFile.Examine(candidate).Kind == InputFileKind.Missing)
                {
                    continue;
                }

                return Inside(candidate, root) ? new Found(candidate, null, lookedIn) : new Found(null, $"{candidate} leads outside {root} through a symbolic link or '..'", lookedIn);
            }
        }

        return new Found(null, null, lookedIn);
    }

    private IEnumerable<string> SearchFolders()
    {
        foreach (var folder in fontPaths)
        {
            yield return folder;
        }

        if (shippedFontsFolder is not null)
        {
            yield return shippedFontsFolder;
        }
    }

    /// <summary>Whether <paramref name="candidate"/>, links resolved, lies inside <paramref name="root"/>, links resolved.</summary>
    private static bool Inside(string candidate, string root)
    {
        var realRoot = InputFile.RealPath(root, out _);
        var realFile = InputFile.RealPath(candidate, out _);
        if (realRoot is null || realFile is null)
        {
            // A dangling link or loop: let the caller's examination report what it is.
            return realFile is null && realRoot is not null;
        }

        var prefix = realRoot.EndsWith(Path.DirectorySeparatorChar) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        return realFile.StartsWith(prefix, StringComparison.Ordinal);
    }
}
