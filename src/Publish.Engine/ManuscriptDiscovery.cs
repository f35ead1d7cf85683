using System.Collections.Immutable;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine;

/// <summary>
/// Turns the build's inputs (files and folders) into a sorted list of manuscript files. Folders are searched
/// recursively for <c>.md</c> and <c>.txt</c> files; hidden folders and <c>images/</c> are skipped. Sorting is
/// ordinal so the order (and everything derived from it) is the same on every machine.
/// </summary>
public static class ManuscriptDiscovery
{
    public static ImmutableArray<string> Find(IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                found.Add(input);
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden }))
                {
                    if (ManuscriptReader.LooksLikeManuscript(file) && !IsInImagesFolder(input, file))
                    {
                        found.Add(file);
                    }
                }
            }
            else
            {
                diagnostics.Error(EngineDiagnosticCodes.InputPathNotFound, SourceSpan.WholeFile(input), "no such file or folder");
            }
        }

        return [.. found];
    }

    private static bool IsInImagesFolder(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).SkipLast(1)
            .Any(part => part.Equals("images", StringComparison.OrdinalIgnoreCase) || part.StartsWith('.'));
}
