using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Engine.Caching;

/// <summary>
/// The files an edition depends on besides the build-wide ones: the manuscript, every image its figures
/// use and the files its citations were rendered from. A figure whose photo was not found adds the listings of the manuscript's folder and its
/// <c>images/</c> folder, so a photo put there later invalidates the entry (the reader looks exactly there
/// for a legacy photo; a Markdown image missing in another sub-folder needs <c>--force</c>).
/// </summary>
public static class ManuscriptInputs
{
    /// <summary>
    /// The inputs of a manuscript just read. <paramref name="manuscript"/> must be hashed before the manuscript
    /// was read, and this called before any edition is written: an input edited during the build then
    /// mismatches at the next build (a rebuild), never the reverse (an old edition taken for current).
    /// </summary>
    /// <param name="hash">How a photo is hashed (default <see cref="InputHasher.File"/>); a book rebuilt takes its last records of unchanged photos.</param>
    public static ImmutableArray<InputRecord> Of(InputRecord manuscript, string manuscriptPath, Document document, Func<string, InputRecord>? hash = null)
    {
        hash ??= InputHasher.File;
        var records = ImmutableArray.CreateBuilder<InputRecord>();
        records.Add(manuscript);
        var figures = DocumentWalker.Figures(document.FrontMatter.Concat(document.Body)).ToList();
        foreach (var image in figures.Select(f => f.Image?.Path).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            records.Add(hash(image));
        }

        // The bibliography files and .csl style the citations were rendered from (issue 22).
        foreach (var file in document.CitationInputs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            records.Add(InputHasher.File(file));
        }

        if (figures.Any(f => f.Image is null))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(manuscriptPath))!;
            records.Add(InputHasher.Listing(folder));
            records.Add(InputHasher.Listing(Path.Combine(folder, "images")));
        }

        return records.ToImmutable();
    }

    public static int FigureCount(Document document) => DocumentWalker.Figures(document.FrontMatter.Concat(document.Body)).Count();
}
