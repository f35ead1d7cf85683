using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Bibliography;

/// <summary>Reads a bibliography file by its extension: .bib/.bibtex/.biblatex (BibTeX and BibLaTeX), .yaml/.yml (CSL-YAML), .json (CSL-JSON).</summary>
public static class BibliographyReader
{
    /// <summary>Reads the file at <paramref name="path"/>; a missing or unreadable file is a diagnostic, never an exception.</summary>
    public static BibliographyReadResult ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new BibliographyReadResult([], [Diagnostic.Error(CitationDiagnosticCodes.FileNotFound, SourceSpan.WholeFile(path), $"the bibliography cannot be read: {e.Message}")]);
        }

        return Read(text, path);
    }

    /// <summary>Reads a bibliography's text; the format comes from <paramref name="file"/>'s extension.</summary>
    public static BibliographyReadResult Read(string text, string file)
    {
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".bib" or ".bibtex" or ".biblatex":
                return BibTexReader.Read(text, file);
            case ".yaml" or ".yml":
                return CslYamlReader.Read(text, file);
            case ".json":
                try
                {
                    return new BibliographyReadResult(CslItem.ParseJson(text), []);
                }
                catch (CslException e)
                {
                    return new BibliographyReadResult([], [Diagnostic.Error(CitationDiagnosticCodes.ItemsInvalid, new SourceSpan(file, e.Line, e.Column), e.Message)]);
                }

            default:
                return new BibliographyReadResult([], [Diagnostic.Error(BibliographyDiagnosticCodes.UnknownFormat, SourceSpan.WholeFile(file), $"a bibliography is .bib, .bibtex, .yaml, .yml or .json; \"{Path.GetExtension(file)}\" is none of these")]);
        }
    }
}
