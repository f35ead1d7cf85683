using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;

namespace Publish.Engine;

/// <summary>
/// Turns the build's inputs (files and folders) into a sorted list of manuscript files. Folders are searched
/// recursively for <c>.md</c> and <c>.txt</c> files; hidden files and folders, <c>images/</c>, and a project's
/// <c>README</c>, <c>LICENSE</c>, <c>CHANGELOG</c> and the like (<see cref="ManuscriptFolderWalk.IsRepositoryFile"/>)
/// are skipped; a file named directly is always built. Sorting is
/// ordinal so the order (and everything derived from it) is the same on every machine.
/// <para>
/// What a folder may contribute (issue 14): only regular files that lie inside it once every symbolic link is
/// resolved. A link out of the folder (<c>leak.txt → /etc/shadow</c>), a FIFO, a device or a socket named like
/// a manuscript, a link that loops or dangles, and a subfolder that cannot be listed are each an error against
/// that entry alone (the others are still built; the run exits 1). Links to folders inside the folder are
/// not followed (what they hold is found where it really lies), links to folders outside it are errors. A file named
/// directly on the command line is its own root: a link there is followed, since the user named it, but it must lead
/// to a regular file. A manifest's entry (file or folder, <see cref="ContainedInputs"/>) was named by the manifest's
/// author, not the user: once its links are resolved it must lie inside the manifest's folder, else it is refused
/// (PUB1021, at the entry's line) and the other entries are still built.
/// </para>
/// </summary>
public static class ManuscriptDiscovery
{
    public static ImmutableArray<string> Find(IEnumerable<string> inputs, DiagnosticBag diagnostics, ContainedInputs? containment = null)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var realRoot = containment is null ? null : InputFile.RealPath(containment.Root, out _);
        foreach (var input in inputs)
        {
            if (containment is not null && containment.Positions.TryGetValue(input, out var named) && Escapes(input, realRoot, named, diagnostics))
            {
                continue;
            }

            var status = InputFile.Examine(input);
            switch (status.Kind)
            {
                case InputFileKind.Regular:
                    found.Add(input);
                    break;
                case InputFileKind.Directory:
                    if (InputFile.RealPath(input, out var failure) is { } root)
                    {
                        new ManuscriptFolderWalk(root, diagnostics, found).Walk(input);
                    }
                    else
                    {
                        diagnostics.Error(DiagnosticCodes.InputFolderUnreadable, new SourceSpan(input, 1, 1), $"the folder cannot be searched: {failure.Reason}");
                    }

                    break;
                case InputFileKind.Missing when !IsLink(input):
                    diagnostics.Error(EngineDiagnosticCodes.InputPathNotFound, SourceSpan.WholeFile(input), "no such file or folder");
                    break;
                default:
                    ManuscriptFolderWalk.Refuse(input, status, diagnostics);
                    break;
            }
        }

        return [.. found];
    }

    /// <summary>
    /// True (after the error) when a manifest's entry leads outside the manifest's folder once its links are
    /// resolved; an entry whose links cannot be resolved (missing, looping) is left to the checks that name why.
    /// </summary>
    private static bool Escapes(string input, string? realRoot, SourceSpan named, DiagnosticBag diagnostics)
    {
        if (InputFile.RealPath(input, out _) is not { } real)
        {
            return false;
        }

        if (realRoot is not null && (string.Equals(real, realRoot, StringComparison.Ordinal) || InputFile.IsInside(realRoot, real)))
        {
            return false;
        }

        ManuscriptFolderWalk.RefuseOutside(named, real, "the manifest's folder", realRoot ?? Path.GetDirectoryName(named.File) ?? named.File, diagnostics);
        return true;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }
}
