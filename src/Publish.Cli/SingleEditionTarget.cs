using Publish.Engine;
using Publish.Engine.Output;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>-o FILE.pdf</c> or <c>-o FILE.epub</c>: one manuscript's one edition, written to that file (as Pandoc's and Typst's
/// <c>-o</c> do) rather than into a folder named <c>FILE.pdf</c>. The engine builds into a private folder of its own
/// under the system's temporary folder (so no cache entry, lock or stale edition lands beside the target); the
/// finished edition is then copied to the target through <see cref="AtomicFile.WriteClaimed"/> — a temporary file
/// beside it, renamed over it — so a reader of the target sees the old file or the whole new one, never a part.
/// Nothing else beside the target is touched. The private folder is removed when the build ends.
/// </summary>
internal sealed class SingleEditionTarget : IDisposable
{
    private SingleEditionTarget(string path, EditionFormats format, string buildFolder)
    {
        Path = path;
        Format = format;
        BuildFolder = buildFolder;
    }

    /// <summary>The file the user named.</summary>
    public string Path { get; }

    /// <summary>The one edition written: the one the file's extension names.</summary>
    public EditionFormats Format { get; }

    /// <summary>The private folder the engine builds in (its output folder).</summary>
    public string BuildFolder { get; }

    /// <summary>
    /// The edition format an <c>-o</c> value names by its extension (<c>.pdf</c>, <c>.epub</c>, any case), or
    /// <see cref="EditionFormats.None"/> when it names a folder (any other name, or an existing folder).
    /// </summary>
    public static EditionFormats FormatNamedBy(string output) =>
        System.IO.Path.GetExtension(output).ToUpperInvariant() switch
        {
            ".PDF" => EditionFormats.Pdf,
            ".EPUB" => EditionFormats.Epub,
            _ => EditionFormats.None,
        };

    /// <summary>A target for <paramref name="path"/>, with its private build folder made.</summary>
    public static SingleEditionTarget Create(string path, EditionFormats format) =>
        new(path, format, Directory.CreateTempSubdirectory("publish-edition-").FullName);

    /// <summary>
    /// Why the edition must not be written to <paramref name="path"/> (a folder, a device, an input of this build, a
    /// folder that does not exist), or null when it may.
    /// </summary>
    public static string? Refusal(string path, IEnumerable<string> inputs) =>
        OutputPathCheck.Refusal(path, inputs, []) ?? OutputPathCheck.FolderRefusal(path, null);

    /// <summary>
    /// Puts the built edition of <paramref name="manuscript"/> at <see cref="Path"/> and returns the result naming it
    /// there; a failed manuscript is returned as it is (the target keeps its previous content). A target that cannot
    /// be written fails the manuscript with <see cref="CliDiagnosticCodes.EditionFileNotWritten"/>.
    /// </summary>
    public ManuscriptResult Deliver(ManuscriptResult manuscript)
    {
        if (!manuscript.Succeeded || manuscript.Outputs.FirstOrDefault(o => o.Format == Format) is not { } built)
        {
            return manuscript;
        }

        try
        {
            AtomicFile.WriteClaimed(Path, target =>
            {
                using var source = File.OpenRead(built.Path);
                source.CopyTo(target);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = Diagnostic.Error(CliDiagnosticCodes.EditionFileNotWritten, SourceSpan.WholeFile(Path), $"cannot write the edition: {e.Message}");
            return manuscript with { Outputs = [], Diagnostics = [.. manuscript.Diagnostics, why] };
        }

        return manuscript with { Outputs = [built with { Path = Path }] };
    }

    /// <summary>Removes the private build folder (this build's own: nothing else is in it).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(BuildFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left under /tmp is the system's to clean; the edition is already in place.
        }
    }
}
