using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;

namespace Publish.Engine;

/// <summary>
/// One folder given to the build, searched entry by entry (not with one recursive enumeration, which throws for
/// the whole folder at the first link loop or unreadable subfolder), so one bad entry fails only itself.
/// See <see cref="ManuscriptDiscovery"/> for the rules.
/// </summary>
internal sealed class ManuscriptFolderWalk(string realRoot, DiagnosticBag diagnostics, SortedSet<string> found)
{
    public void Walk(string folder)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(
                DiagnosticCodes.InputFolderUnreadable,
                new SourceSpan(folder, 1, 1),
                $"the folder cannot be listed ({(e is UnauthorizedAccessException ? "permission denied" : "input/output error")}); the manuscripts in it are not built");
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            // Hidden entries and images/ folders hold no manuscripts (as before: dot files are hidden on Unix).
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var path = Path.Combine(folder, entry.Name);
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                Link(path);
            }
            else if (entry.Attributes.HasFlag(FileAttributes.Directory))
            {
                if (!IsImagesFolder(entry.Name))
                {
                    Walk(path);
                }
            }
            else if (ManuscriptReader.LooksLikeManuscript(path) && !IsRepositoryFile(entry.Name))
            {
                Candidate(path, InputFile.Examine(path));
            }
        }
    }

    private void Link(string path)
    {
        var looksLikeManuscript = ManuscriptReader.LooksLikeManuscript(path) && !IsRepositoryFile(Path.GetFileName(path));
        var real = InputFile.RealPath(path, out var failure);
        if (real is null)
        {
            if (looksLikeManuscript)
            {
                Refuse(path, failure, diagnostics);
            }

            return;
        }

        var status = InputFile.Examine(real);
        if (!InputFile.IsInside(realRoot, real))
        {
            if (looksLikeManuscript || status.Kind == InputFileKind.Directory)
            {
                RefuseOutside(new SourceSpan(path, 1, 1), real, "the folder given to the build", realRoot, diagnostics);
            }

            return;
        }

        // A link to a folder inside is not searched: what it holds is found where it really lies.
        if (looksLikeManuscript && status.Kind != InputFileKind.Directory)
        {
            Candidate(path, status);
        }
    }

    private void Candidate(string path, InputFileStatus status)
    {
        switch (status.Kind)
        {
            case InputFileKind.Regular:
                found.Add(path);
                break;
            case InputFileKind.Missing:
                // Removed since the folder was listed: nothing to build.
                break;
            default:
                Refuse(path, status, diagnostics);
                break;
        }
    }

    /// <summary>
    /// The error for a manuscript's path that is no readable regular file, found in a folder or named directly
    /// (<see cref="ManuscriptDiscovery"/>); <see cref="InputFileKind.Missing"/> here is a link whose target is gone.
    /// </summary>
    internal static void Refuse(string path, InputFileStatus status, DiagnosticBag diagnostics)
    {
        var (code, reason) = status.Kind switch
        {
            InputFileKind.Missing => (DiagnosticCodes.InputLinkBroken, "it is a symbolic link whose target does not exist"),
            InputFileKind.LinkLoop => (DiagnosticCodes.InputLinkBroken, status.Reason),
            InputFileKind.Inaccessible => (DiagnosticCodes.InputFileUnreadable, status.Reason),
            _ => (DiagnosticCodes.InputNotRegularFile, status.Reason),
        };
        diagnostics.Error(code, new SourceSpan(path, 1, 1), $"{reason}; not read");
    }

    /// <summary>
    /// The error for an input that leads to <paramref name="real"/>, outside the folder it must stay in (a link in a
    /// folder given to the build, or a manifest's entry); at <paramref name="at"/>, naming only paths, never content.
    /// </summary>
    internal static void RefuseOutside(SourceSpan at, string real, string folderName, string realRoot, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            DiagnosticCodes.InputLinkOutsideFolder,
            at,
            $"it leads to {real}, outside {folderName} ({realRoot}); not read");

    /// <summary>
    /// The files a project folder holds beside its manuscripts by convention — <c>README.md</c>, <c>LICENSE.txt</c>,
    /// <c>CHANGELOG.md</c>, also with a language (<c>README.tr.md</c>) — are about the folder, not books in it: a folder
    /// search skips them (any case), as it skips hidden files. Named on the command line, such a file is built.
    /// </summary>
    internal static bool IsRepositoryFile(string name)
    {
        var stem = name.Split('.')[0];
        return RepositoryFileStems.Contains(stem);
    }

    private static readonly HashSet<string> RepositoryFileStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CONTRIBUTING", "CODE_OF_CONDUCT",
    };

    private static bool IsImagesFolder(string name) => name.Equals("images", StringComparison.OrdinalIgnoreCase);
}
