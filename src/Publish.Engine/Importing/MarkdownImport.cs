using System.Text;
using Publish.Engine.Output;
using Publish.Manuscript;
using Publish.Manuscript.Export;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Importing;

/// <summary>
/// Converts a manuscript (typically a legacy export) to clean Markdown. The target is checked before anything is
/// read: never the source itself, never anything but a regular file, never in a folder that does not exist; it is
/// written atomically, and a disk that refuses it is a coded error.
/// </summary>
internal static class MarkdownImport
{
    public static ImportResult Run(string source, string target, ReadingOptions options)
    {
        if ((OutputPathCheck.Refusal(target, [source], []) ?? OutputPathCheck.FolderRefusal(target, null)) is { } reason)
        {
            return new ImportResult(ImportOutcome.TargetRefused, [Diagnostic.Error(EngineDiagnosticCodes.OutputPathRefused, SourceSpan.WholeFile(target), $"-o cannot be written here: {reason}; nothing was imported")]);
        }

        var read = ManuscriptReader.Read(source, options.ForReader());
        if (read.HasErrors || read.Document is null)
        {
            return new ImportResult(ImportOutcome.Failed, read.Diagnostics);
        }

        // Image paths in the Markdown are written relative to the folder it goes to.
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        var markdown = new MarkdownExporter(folder).Export(read.Document);
        try
        {
            AtomicFile.WriteClaimed(target, stream => stream.Write(new UTF8Encoding(false).GetBytes(markdown)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImportResult(ImportOutcome.Failed, [.. read.Diagnostics, Diagnostic.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(target), $"cannot write the Markdown: {e.Message}")]);
        }

        return new ImportResult(ImportOutcome.Written, read.Diagnostics);
    }
}
