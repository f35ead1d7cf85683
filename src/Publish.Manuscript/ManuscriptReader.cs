using Publish.Manuscript.Input;
using Publish.Manuscript.Legacy;
using Publish.Manuscript.Markdown;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript;

/// <summary>The one entry point for reading a manuscript file: input hygiene, then the dialect's reader.</summary>
public static class ManuscriptReader
{
    public static ReadResult Read(string path, ReadOptions options)
    {
        var dialect = options.Dialect ?? DialectOf(path);
        var diagnostics = new DiagnosticBag();
        var text = ManuscriptLoader.Load(path, options.Encoding, diagnostics);
        return Read(text, dialect, diagnostics, options.Cancellation, options.Citations);
    }

    /// <summary>
    /// Reads a manuscript already loaded (<see cref="ManuscriptLoader.FromBytes"/>), reporting into
    /// <paramref name="diagnostics"/> (which holds the loading's own); null <paramref name="text"/>: loading failed.
    /// </summary>
    public static ReadResult Read(ManuscriptText? text, ManuscriptDialect dialect, DiagnosticBag diagnostics, CancellationToken cancellation, CitationOptions? citations = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        cancellation.ThrowIfCancellationRequested();
        Document? document = null;
        if (text is not null)
        {
            IManuscriptReader reader = dialect switch
            {
                ManuscriptDialect.Markdown => new MarkdownReader { Citations = citations ?? CitationOptions.None },
                ManuscriptDialect.Legacy => new LegacyExportReader(),
                _ => throw new InvalidOperationException($"Unknown dialect {dialect}."),
            };
            document = reader.Read(text, diagnostics, cancellation);
        }

        return new ReadResult(document, dialect, diagnostics.ToImmutableSorted());
    }

    public static ManuscriptDialect DialectOf(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".MD" or ".MARKDOWN" ? ManuscriptDialect.Markdown : ManuscriptDialect.Legacy;

    /// <summary>Whether a file found in a folder is a manuscript: Markdown and plain-text exports.</summary>
    public static bool LooksLikeManuscript(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".MD" or ".MARKDOWN" or ".TXT";
}
