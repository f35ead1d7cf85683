using Publish.Citations;
using Publish.Citations.Bibliography;
using Publish.Manuscript.Input;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;

namespace Publish.Manuscript.Citing;

/// <summary>
/// The style and the references of a manuscript: <c>bibliography</c> files (read only inside the manuscript's
/// folder, regular files only, as images are), the inline <c>references</c>, and the <c>csl</c> style (a file of the
/// folder, else a shipped style's name; the default is <see cref="ShippedStyles.Default"/>). Every problem is a
/// diagnostic with its file, line and column; what can be read is used.
/// </summary>
internal sealed record CitationSources(CslStyle Style, IReadOnlyList<CslItem> Items, LocaleStore Locales, IReadOnlyList<string> Files)
{
    public static CitationSources? Load(CitationSettings settings, string folder, string manuscriptPath, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        var style = LoadStyle(settings, folder, manuscriptPath, files, diagnostics);
        if (style is null || ShippedStyles.Folder is not { } shipped)
        {
            return null;
        }

        var items = new List<CslItem>();
        var realFolder = ImageLocator.RealFolder(folder);
        foreach (var (path, span) in settings.Bibliographies)
        {
            var lookup = ImageLocator.ResolveIn(realFolder, path);
            if (lookup.Status != ImageLookupStatus.Found || !IsRegularFile(lookup.Path))
            {
                diagnostics.Error(MarkdownDiagnosticCodes.BibliographyFileRefused, span, lookup.Status switch
                {
                    ImageLookupStatus.Missing => $"the bibliography '{path}' is not there (paths are relative to the manuscript's folder)",
                    ImageLookupStatus.Found => $"the bibliography '{path}' is no regular file",
                    _ => $"the bibliography '{path}' lies outside the manuscript's folder and is refused",
                });
                continue;
            }

            Read(lookup.Path);
        }

        foreach (var path in settings.NamedBibliographies)
        {
            // Named by the user on the command line: wherever it lies, but a regular file (the CLI checked it first).
            if (!IsRegularFile(path))
            {
                diagnostics.Error(MarkdownDiagnosticCodes.BibliographyFileRefused, SourceSpan.WholeFile(path), $"the bibliography '{path}' given by --bibliography is missing or no regular file");
                continue;
            }

            Read(path);
        }

        if (settings.References is { } references)
        {
            var read = CslYamlReader.Read(references, manuscriptPath);
            diagnostics.AddRange(read.Diagnostics);
            items.AddRange(read.Items);
        }

        return new CitationSources(style, items, new LocaleStore(shipped), files);

        void Read(string file)
        {
            files.Add(file);
            var read = BibliographyReader.ReadFile(file);
            diagnostics.AddRange(read.Diagnostics);
            items.AddRange(read.Items);
        }
    }

    private static CslStyle? LoadStyle(CitationSettings settings, string folder, string manuscriptPath, List<string> files, DiagnosticBag diagnostics)
    {
        var (name, span) = settings.Csl ?? (ShippedStyles.Default, SourceSpan.WholeFile(manuscriptPath));
        string? path = null;
        if (name.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
        {
            // Named outside the manuscript (command line, house style): a full path already, wherever it lies.
            var found = settings.CslNamedOutside ? name : ImageLocator.Resolve(folder, name) is { Status: ImageLookupStatus.Found } lookup ? lookup.Path : null;
            path = found is not null && IsRegularFile(found) ? found : null;
            if (path is not null)
            {
                files.Add(path);
            }
        }

        path ??= ShippedStyles.PathOf(name);
        if (path is null)
        {
            diagnostics.Error(MarkdownDiagnosticCodes.CitationStyleInvalid, span, $"no CSL style '{name}' in the manuscript's folder nor among the shipped styles ({string.Join(", ", ShippedStyles.Names)}); citations are kept as written");
            return null;
        }

        try
        {
            var styleFolder = Path.GetDirectoryName(path)!;
            return CslStyle.Parse(File.ReadAllText(path), href => ShippedStyles.Parent(href, styleFolder));
        }
        catch (CslException e)
        {
            diagnostics.Error(MarkdownDiagnosticCodes.CitationStyleInvalid, new SourceSpan(path, e.Line, e.Column), e.Message + "; citations are kept as written");
            return null;
        }
        catch (IOException e)
        {
            diagnostics.Error(MarkdownDiagnosticCodes.CitationStyleInvalid, span, $"the style '{name}' cannot be read: {e.Message}; citations are kept as written");
            return null;
        }
    }

    /// <summary>A regular file (not a FIFO, device or folder, which would block or mislead the reader), as every input is checked.</summary>
    private static bool IsRegularFile(string path) => InputFile.Examine(path).IsRegular;
}
