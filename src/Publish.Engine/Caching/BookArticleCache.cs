using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Publish.Typesetting.Books;
using Publish.Typesetting.Fonts;

namespace Publish.Engine.Caching;

/// <summary>
/// The laid-out articles of one book on disk (issue 20, incremental books): one file per article in
/// <c>OUTPUT/.publish-cache/books/NAME.articles/</c>, named by the article's path, so an article's new layout replaces
/// its old one and the folder holds no more files than the book has articles (<see cref="Prune"/> drops those of
/// articles no longer in it). A file holds the key it was made under — the article's own key (its text, photos and
/// metadata override, the style, the tool, the build's options, the book's date and institution lines) and the folio
/// it starts on — and a SHA-256 of its content: a file of another key, a damaged or unreadable one is a miss, never an error.
/// The book is laid out one article after another (each starts where the last ended), but reading, checking and decoding
/// a recorded file does not need the folio: once the layout's fonts exist (<see cref="Prepare"/>, else at the first
/// <see cref="Find"/>) every article's file is read and decoded in the background, and each Find then only waits for its own and compares the key it was recorded under. Only each
/// file's front is read (<see cref="ArticleRecordFile"/>); its glyphs stay on disk, the file held open, until a page
/// needs them, so the cache is disposed only once the book's editions are written.
/// </summary>
public sealed class BookArticleCache : IArticleLayoutCache, IDisposable
{
    internal const string Magic = "publish-article-layout-5";

    private readonly string _folder;
    private readonly IReadOnlyList<string> _paths;
    private readonly IReadOnlyList<string> _keys;
    private readonly bool _read;
    private readonly ConcurrentBag<SafeFileHandle> _open = [];
    private Task<Recorded?>[]? _recorded;

    /// <param name="outputFolder">The build's output folder.</param>
    /// <param name="bookName">The book's name: its articles' folder.</param>
    /// <param name="paths">Each article's manuscript, in the order of the book's articles.</param>
    /// <param name="keys">Each article's key without its folio, in the same order.</param>
    /// <param name="read">False under <c>--force</c>: nothing recorded is taken, every layout is recorded anew.</param>
    public BookArticleCache(string outputFolder, string bookName, IReadOnlyList<string> paths, IReadOnlyList<string> keys, bool read)
    {
        _folder = Path.Combine(outputFolder, BuildCache.FolderName, BuildCache.BooksFolderName, bookName + ".articles");
        _paths = paths;
        _keys = keys;
        _read = read;
    }

    /// <summary>Starts reading every article's record in the background while the book's fonts and furniture are set up.</summary>
    public void Prepare(FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        if (_read)
        {
            _recorded ??= ReadAllInBackground(fonts);
        }
    }

    public ArticleLayout? Find(int article, int firstFolio, string links, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        if (!_read)
        {
            return null;
        }

        _recorded ??= ReadAllInBackground(fonts);
        var recorded = _recorded[article].GetAwaiter().GetResult();
        return recorded is not null && string.Equals(recorded.Key, KeyOf(article, firstFolio, links), StringComparison.Ordinal) ? recorded.Layout : null;
    }

    public void Keep(int article, int firstFolio, string links, ArticleLayout layout, FontLibrary fonts)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(fonts);
        using var front = new MemoryStream();
        using var tail = new MemoryStream();
        using (var frontWriter = new BinaryWriter(front, Encoding.UTF8, leaveOpen: true))
        using (var tailWriter = new BinaryWriter(tail, Encoding.UTF8, leaveOpen: true))
        {
            ArticleLayoutCodec.Write(frontWriter, tailWriter, layout, fonts);
        }

        // Not recorded when the disk refuses: the next build sets this article again.
        ArticleRecordFile.Write(FileOf(article), Magic, KeyOf(article, firstFolio, links), front.GetBuffer().AsMemory(0, (int)front.Length), tail.GetBuffer().AsMemory(0, (int)tail.Length));
    }

    /// <summary>Drops the files of articles the book no longer has, so the folder never grows past the book's articles.</summary>
    public void Prune() => PartRecordFolder.Prune(_folder, Enumerable.Range(0, _paths.Count).Select(FileOf));

    /// <summary>
    /// Every article's recorded file read, checked and decoded on the thread pool, whatever key it holds (the folio an
    /// article starts on is known only when the ones before it are laid out). A file that cannot be read or decoded is null.
    /// </summary>
    private Task<Recorded?>[] ReadAllInBackground(FontLibrary fonts) =>
        [.. Enumerable.Range(0, _paths.Count).Select(article => Task.Run(() => ReadRecorded(FileOf(article), fonts)))];

    /// <summary>Closes the records' files (after waiting for any still being read): no run of them is decoded after this.</summary>
    public void Dispose()
    {
        if (_recorded is not null)
        {
            Task.WaitAll([.. _recorded.Select(t => t.ContinueWith(static _ => { }, TaskScheduler.Default))]);
        }

        while (_open.TryTake(out var handle))
        {
            handle.Dispose();
        }
    }

    private Recorded? ReadRecorded(string file, FontLibrary fonts)
    {
        SafeFileHandle? handle = null;
        try
        {
            if (ArticleRecordFile.Open(file, Magic, out handle) is not { } found)
            {
                return null;
            }

            var recorded = new Recorded(found.Key, ArticleLayoutCodec.Read(found.Front, found.Tail, fonts));
            _open.Add(handle!);
            return recorded;
        }
#pragma warning disable CA1031 // Whatever is wrong with a recorded layout (damaged past its checksum, naming a font file gone since), the article is set again.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            handle?.Dispose();
            return null;
        }
    }

    private string KeyOf(int article, int firstFolio, string links) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_keys[article]} folio {firstFolio} {links}");

    private string FileOf(int article) => PartRecordFolder.FileOf(_folder, _paths[article], ".bin");

    /// <summary>A recorded layout and the key it was recorded under.</summary>
    private sealed record Recorded(string Key, ArticleLayout Layout);
}
