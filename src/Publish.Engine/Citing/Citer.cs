using System.Text.Json;
using Publish.Citations;
using Publish.Citations.Bibliography;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Citing;

/// <summary>
/// The engine's façade over the CSL processor (issue 21), for <c>publish cite</c>: reads the style (a file or a
/// shipped style under styles/csl), the items (CSL-JSON, CSL-YAML or BibTeX/BibLaTeX) and citeproc-js citation objects, and renders the
/// citations and the bibliography. Bad input is a coded diagnostic, never an exception.
/// </summary>
public static class Citer
{
    /// <summary>Whether <paramref name="name"/> is a shipped CSL style's name (<c>--csl apa</c>).</summary>
    public static bool IsShippedStyle(string name) => ShippedStyles.PathOf(name) is not null;

    /// <summary>The shipped CSL styles' names, for a message.</summary>
    public static IEnumerable<string> ShippedStyleNames => ShippedStyles.Names;

    /// <summary>Renders the request; files are read, nothing is written.</summary>
    public static CiteResult Cite(CiteRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var shipped = ShippedStyles.Folder;
        var stylePath = File.Exists(request.Style) ? request.Style : ShippedStyles.PathOf(request.Style);
        if (stylePath is null)
        {
            diagnostics.Add(Diagnostic.Error(CitationDiagnosticCodes.FileNotFound, new SourceSpan(request.Style, 0, 0), $"no CSL style file or shipped style named '{request.Style}'" + (shipped is null ? string.Empty : $" (shipped: {string.Join(", ", ShippedStyles.Names)})")));
            return Failed(diagnostics);
        }

        if (!File.Exists(request.ItemsFile))
        {
            diagnostics.Add(Diagnostic.Error(CitationDiagnosticCodes.FileNotFound, new SourceSpan(request.ItemsFile, 0, 0), "the items file is not there"));
            return Failed(diagnostics);
        }

        if (request.CitationsFile is not null && !File.Exists(request.CitationsFile))
        {
            diagnostics.Add(Diagnostic.Error(CitationDiagnosticCodes.FileNotFound, new SourceSpan(request.CitationsFile, 0, 0), "the citations file is not there"));
            return Failed(diagnostics);
        }

        CslStyle style;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(stylePath))!;
            style = CslStyle.Parse(File.ReadAllText(stylePath), href => ShippedStyles.Parent(href, folder));
        }
        catch (CslException e)
        {
            diagnostics.Add(Diagnostic.Error(CitationDiagnosticCodes.StyleInvalid, new SourceSpan(stylePath, e.Line, e.Column), e.Message));
            return Failed(diagnostics);
        }

        // CSL-JSON, CSL-YAML or BibTeX/BibLaTeX, by the file's extension; an error leaves its entry out, and the
        // command then fails (an author trying a style wants every entry, not a quiet subset).
        var read = BibliographyReader.ReadFile(request.ItemsFile);
        diagnostics.AddRange(read.Diagnostics);
        if (read.HasErrors)
        {
            return Failed(diagnostics);
        }

        var items = read.Items;

        List<Citation> citations;
        if (request.CitationsFile is null)
        {
            citations = items.Select((item, i) => new Citation([new Cite(item.Id)], i + 1)).ToList();
        }
        else
        {
            try
            {
                citations = CitationReader.Read(File.ReadAllText(request.CitationsFile));
            }
            catch (CslException e)
            {
                diagnostics.Add(Diagnostic.Error(CitationDiagnosticCodes.CitationsInvalid, new SourceSpan(request.CitationsFile, e.Line, e.Column), e.Message));
                return Failed(diagnostics);
            }

            var known = items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in citations.SelectMany(c => c.Cites).Select(c => c.Id).Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Warning(CitationDiagnosticCodes.UnknownItem, new SourceSpan(request.CitationsFile, 0, 0), $"no item with id '{unknown}' in {Path.GetFileName(request.ItemsFile)}; its cites are left out"));
            }
        }

        var locales = new LocaleStore(shipped ?? Path.GetDirectoryName(Path.GetFullPath(stylePath))!);
        var processor = new CslProcessor(style, items, locales, request.Language);
        var format = request.Html ? OutputFormat.Html : OutputFormat.Text;
        var rendered = processor.ProcessCitations(citations, format);
        var bibliography = processor.Bibliography(format);
        return new CiteResult(rendered, bibliography, diagnostics);
    }

    private static CiteResult Failed(List<Diagnostic> diagnostics) => new([], [], diagnostics);
}
